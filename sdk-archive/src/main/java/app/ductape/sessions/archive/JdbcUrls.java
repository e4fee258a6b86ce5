package app.ductape.sessions.archive;

/** The archive's one owner of how a JDBC URL is shown in a message: its password masked. */
final class JdbcUrls {
    private JdbcUrls() {}

    /** {@code jdbcUrl} with the value of any {@code password=} parameter replaced by {@code ****}. */
    static String masked(String jdbcUrl) {
        return jdbcUrl.replaceAll("password=[^&;]*", "password=****");
    }
}
