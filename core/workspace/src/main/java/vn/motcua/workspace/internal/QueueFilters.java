package vn.motcua.workspace.internal;

/**
 * The filters of the officer's list, as read from the query string, and the address of another page under them.
 *
 * @param page 1 for the first page, at most 10,000
 */
record QueueFilters(String q, String procedure, String status, String channel, int page) {
    static QueueFilters of(Req r) {
        int page;
        try {
            page = Math.max(1, Math.min(10_000, Integer.parseInt(r.param("trang").orElse("1"))));
        } catch (NumberFormatException e) {
            page = 1;
        }
        return new QueueFilters(r.param("q").orElse(""), r.param("thu-tuc").orElse(""), r.param("trang-thai").orElse(""),
                r.param("kenh").orElse(""), page);
    }

    boolean narrowedHere() {
        return !q.isEmpty() || !procedure.isEmpty() || !channel.isEmpty();
    }

    boolean any() {
        return narrowedHere() || !status.isEmpty();
    }

    String query(int toPage) {
        StringBuilder s = new StringBuilder("/can-bo/?trang=" + toPage);
        for (String[] p : new String[][] {{"q", q}, {"thu-tuc", procedure}, {"trang-thai", status}, {"kenh", channel}}) {
            if (!p[1].isEmpty()) {
                s.append('&').append(p[0]).append('=').append(WorkPages.enc(p[1]));
            }
        }
        return s.toString();
    }
}
