package com.minerdesk.contracts;

/** The addresses of the contract pages. */
public final class ContractPaths {
    /** A column header of the contract table: a link that sorts by it. */
    record Column(String code, String label, String href, boolean active) {
    }

    private ContractPaths() {
    }

    public static String of(String ref) {
        return "/contracts/" + ref;
    }

    /** {@code /contracts} with the filter and the order in the query; the defaults are left out. */
    static String list(ContractStatus status, ContractSort sort) {
        StringBuilder s = new StringBuilder("/contracts");
        String joiner = "?";
        if (status != null) {
            s.append(joiner).append("status=").append(status.code());
            joiner = "&";
        }
        if (sort != ContractSort.STATUS_DATE) {
            s.append(joiner).append("sort=").append(sort.code());
        }
        return s.toString();
    }
}
