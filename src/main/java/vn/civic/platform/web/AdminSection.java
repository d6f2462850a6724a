package vn.civic.platform.web;

import vn.civic.platform.security.Privilege;

/**
 * An entry of the administration index. Each module declares its admin pages as beans; the index shows those the
 * user's privileges open.
 *
 * @param titleKey message key of the title
 * @param descriptionKey message key of a one-line description
 * @param path where the section starts
 * @param privilege what the user needs to see it
 * @param order position on the index (lower first)
 */
public record AdminSection(String titleKey, String descriptionKey, String path, Privilege privilege, int order) {}
