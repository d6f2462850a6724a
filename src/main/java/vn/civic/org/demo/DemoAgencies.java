package vn.civic.org.demo;

/**
 * Organisation codes of the demo city's agencies that other modules' demo data and tests refer to. Kept here, beside
 * the data; other modules reach them through the named interface {@code org :: demo}.
 */
public final class DemoAgencies {

    public static final String HANOI = "000.00.00.H26";
    public static final String HANOI_JUSTICE = "000.00.12.H26";
    public static final String HANOI_CONSTRUCTION = "000.00.21.H26";
    public static final String HANOI_SERVICE_CENTRE = "000.00.30.H26";
    public static final String HOAN_KIEM = "000.01.31.H26";
    public static final String CUA_NAM = "000.02.31.H26";
    public static final String HAIPHONG = "000.00.00.H31";
    public static final String HAIPHONG_JUSTICE = "000.00.12.H31";
    public static final String HONG_BANG = "000.01.31.H31";
    public static final String LE_CHAN = "000.02.31.H31";
    public static final String HOAN_KIEM_POLICE = "000.01.41.H26";
    public static final String CUA_NAM_POLICE = "000.02.41.H26";
    public static final String HONG_BANG_POLICE = "000.01.41.H31";
    public static final String LE_CHAN_POLICE = "000.02.41.H31";
    public static final String HANOI_SOCIAL_INSURANCE = "000.00.50.H26";
    public static final String HAIPHONG_SOCIAL_INSURANCE = "000.00.50.H31";

    private DemoAgencies() {}
}
