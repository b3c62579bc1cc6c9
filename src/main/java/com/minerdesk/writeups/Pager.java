package com.minerdesk.writeups;

import java.util.ArrayList;
import java.util.List;

/**
 * Page links for a paged list: {@code base} plus {@code page=N} (base ends with ? or &). {@code total}
 * is the number of items known: for a list that is not counted, those up to this page plus one more
 * when an older page exists.
 */
public record Pager(int page, int size, long total, String base) {

    public int lastPage() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public int offset() {
        return (page - 1) * size;
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < lastPage();
    }

    public boolean beyondEnd() {
        return page > lastPage();
    }

    public String link(int n) {
        if (n == 1) {
            String trimmed = base.substring(0, base.length() - 1);
            return trimmed;
        }
        return base + "page=" + n;
    }

    public String previousLink() {
        return link(page - 1);
    }

    public String nextLink() {
        return link(page + 1);
    }

    /** Page numbers to show: all when few, otherwise the first, the last and those near the current. */
    public List<Integer> numbers() {
        List<Integer> out = new ArrayList<>();
        int last = lastPage();
        for (int n = 1; n <= last; n++) {
            if (last <= 9 || n == 1 || n == last || Math.abs(n - page) <= 2) {
                out.add(n);
            } else if (!out.isEmpty() && out.get(out.size() - 1) != 0) {
                out.add(0);
            }
        }
        return out;
    }
}
