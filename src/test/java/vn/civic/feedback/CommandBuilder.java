package vn.civic.feedback;

import java.util.List;
import java.util.Map;

/**
 * A report as a test files it: a category and a description, then only the parts the test is about (a point, an
 * address, attributes, a contact, a channel...); the rest stays empty, as a citizen who gives nothing more sends it.
 */
public final class CommandBuilder {

    private final String category;
    private final String description;
    private Double latitude;
    private Double longitude;
    private String address;
    private Long unit;
    private Map<String, List<String>> attributes = Map.of();
    private List<PhotoUpload> photos = List.of();
    private ReporterContact contact = ReporterContact.NONE;
    private boolean urgent;
    private ReportChannel channel = ReportChannel.WEB;
    private String externalReference;
    private String follow;

    private CommandBuilder(String category, String description) {
        this.category = category;
        this.description = description;
    }

    public static CommandBuilder report(String category, String description) {
        return new CommandBuilder(category, description);
    }

    public CommandBuilder at(double latitude, double longitude) {
        this.latitude = latitude;
        this.longitude = longitude;
        return this;
    }

    public CommandBuilder address(String address) {
        this.address = address;
        return this;
    }

    public CommandBuilder unit(Long unit) {
        this.unit = unit;
        return this;
    }

    public CommandBuilder attributes(Map<String, List<String>> attributes) {
        this.attributes = attributes;
        return this;
    }

    public CommandBuilder photos(List<PhotoUpload> photos) {
        this.photos = photos;
        return this;
    }

    public CommandBuilder contact(ReporterContact contact) {
        this.contact = contact;
        return this;
    }

    public CommandBuilder urgent() {
        this.urgent = true;
        return this;
    }

    public CommandBuilder channel(ReportChannel channel) {
        this.channel = channel;
        return this;
    }

    public CommandBuilder externalReference(String externalReference) {
        this.externalReference = externalReference;
        return this;
    }

    /** Follows that open report instead of filing a new one. */
    public CommandBuilder follow(String code) {
        this.follow = code;
        return this;
    }

    public ReportCommand build() {
        return new ReportCommand(
                category,
                description,
                latitude,
                longitude,
                address,
                unit,
                attributes,
                photos,
                contact,
                urgent,
                channel,
                externalReference,
                follow);
    }
}
