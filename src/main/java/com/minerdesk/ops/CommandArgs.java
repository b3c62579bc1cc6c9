package com.minerdesk.ops;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Options of a command line such as {@code backup --to FILE} (also {@code --to=FILE}). */
final class CommandArgs {
    private final String command;
    private final Map<String, String> options = new HashMap<>();

    private CommandArgs(String command) {
        this.command = command;
    }

    static CommandArgs parse(String command, String[] args, String... allowed) {
        CommandArgs parsed = new CommandArgs(command);
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            if (!java.util.List.of(allowed).contains(name)) {
                throw new IllegalArgumentException(command + ": unknown option '" + arg + "'. " + parsed.usage(allowed));
            }
            String value;
            if (arg.contains("=")) {
                value = arg.substring(arg.indexOf('=') + 1);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                throw new IllegalArgumentException(command + ": " + name + " needs a value. " + parsed.usage(allowed));
            }
            parsed.options.put(name, value);
        }
        return parsed;
    }

    Path requiredPath(String name) {
        String v = options.get(name);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException(command + ": " + name + " FILE is required. " + usage(name));
        }
        return Path.of(v).toAbsolutePath().normalize();
    }

    private String usage(String... names) {
        StringBuilder sb = new StringBuilder("Usage: java -jar minerdesk.jar ").append(command);
        for (String n : names) {
            sb.append(' ').append(n).append(" FILE");
        }
        return sb.toString();
    }
}
