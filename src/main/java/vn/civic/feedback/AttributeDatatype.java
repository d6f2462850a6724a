package vn.civic.feedback;

/** The datatypes of a category's extra attributes, exactly Open311 GeoReport v2's {@code datatype} values. */
public enum AttributeDatatype {
    STRING,
    NUMBER,
    DATETIME,
    TEXT,
    SINGLEVALUELIST,
    MULTIVALUELIST;

    /** The value Open311 writes: {@code singlevaluelist}. */
    public String open311() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** True for the two list types, whose values come from {@link FeedbackAttribute#values()}. */
    public boolean isList() {
        return this == SINGLEVALUELIST || this == MULTIVALUELIST;
    }
}
