package vn.civic.test;

/** Facts about the machine the tests run on. */
public final class TestEnvironment {

    private TestEnvironment() {}

    /** In CI ({@code CI=true}) a missing PostgreSQL server or browser fails the run instead of skipping tests. */
    public static boolean isCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
