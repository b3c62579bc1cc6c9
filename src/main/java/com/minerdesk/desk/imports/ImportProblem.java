package com.minerdesk.desk.imports;

/**
 * An error or warning about one place in an uploaded file: the file's line number (the header is
 * line 1) and the column, numbered from 1 with its header name; column 0 means the whole line.
 */
public record ImportProblem(int line, int column, String columnName, String message) {

    public String place() {
        return column == 0 ? "line " + line : "line " + line + ", column " + column + " (" + columnName + ")";
    }
}
