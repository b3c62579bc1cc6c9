package com.minerdesk.desk;

/** A value read from text: the value, or the reason it is wrong (shown to the editor). */
public record Checked<T>(T value, String error) {

    static <T> Checked<T> ok(T value) {
        return new Checked<>(value, null);
    }

    static <T> Checked<T> fail(String error) {
        return new Checked<>(null, error);
    }

    public boolean failed() {
        return error != null;
    }
}
