package vn.civic.procedure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.civic.procedure.FormField.FieldType;
import vn.civic.procedure.form.FormPaths;

/**
 * Reads a submitted e-form (rendered by {@code procedure/eform :: fields}) into {@link FormData}, and applies its "add
 * item" and "remove item" buttons, which work without JavaScript by re-rendering the page.
 */
public final class FormInput {

    /** The "add item" button: its value is the group's name. */
    public static final String ADD_ITEM = "_addItem";

    /** The "remove item" button: its value is {@code <group>:<index>}. */
    public static final String REMOVE_ITEM = "_removeItem";

    private static final Pattern INDEX = Pattern.compile("\\[(\\d{1,3})]\\.");

    private FormInput() {}

    /**
     * The {@code f.*} parameters of the fields the definition knows, as entered (not yet normalised): group items in
     * the order of their indexes, gaps closed, blank items kept; an address as {@code "<unit id>|<street>"}. Anything
     * else is ignored.
     */
    public static FormData read(FormDefinition form, Map<String, String[]> parameters) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (FormField field : form.fields()) {
            String path = FormPaths.of(field);
            if (field.type() == FieldType.GROUP) {
                List<Map<String, String>> items = new ArrayList<>();
                for (int index : indexes(path, parameters)) {
                    Map<String, String> item = new LinkedHashMap<>();
                    for (FormField itemField : field.fields()) {
                        readField(itemField, FormPaths.item(path, index) + "." + itemField.name(), parameters, item);
                    }
                    items.add(item);
                }
                if (!items.isEmpty()) {
                    values.put(field.name(), items);
                }
            } else {
                readField(field, path, parameters, values);
            }
        }
        return new FormData(values);
    }

    /**
     * When the form was sent by its "add item" or "remove item" button: the submitted data with that item added or
     * removed, to be shown again (not validated, not stored as final). Empty when another button sent it.
     */
    public static Optional<FormData> itemAction(FormDefinition form, Map<String, String[]> parameters) {
        String add = first(parameters, ADD_ITEM);
        String remove = first(parameters, REMOVE_ITEM);
        if (add == null && remove == null) {
            return Optional.empty();
        }
        FormData data = read(form, parameters);
        Map<String, Object> values = new LinkedHashMap<>(data.values());
        if (add != null && isGroup(form, add)) {
            List<Map<String, String>> items = new ArrayList<>(data.items(add));
            items.add(Map.of());
            values.put(add, items);
        } else if (remove != null && remove.indexOf(':') > 0) {
            String group = remove.substring(0, remove.indexOf(':'));
            String index = remove.substring(remove.indexOf(':') + 1);
            // the submitted indexes may have gaps: remove the item that carried this index
            List<Integer> submitted = new ArrayList<>(indexes(FormPaths.PREFIX + group, parameters));
            int position = index.matches("\\d{1,3}") ? submitted.indexOf(Integer.parseInt(index)) : -1;
            if (isGroup(form, group) && position >= 0) {
                List<Map<String, String>> items = new ArrayList<>(data.items(group));
                items.remove(position);
                values.put(group, items);
            }
        }
        return Optional.of(new FormData(values));
    }

    private static boolean isGroup(FormDefinition form, String name) {
        return form.fields().stream().anyMatch(f -> f.name().equals(name) && f.type() == FieldType.GROUP);
    }

    /** The item indexes submitted for a group, in order. */
    private static SortedSet<Integer> indexes(String groupPath, Map<String, String[]> parameters) {
        SortedSet<Integer> indexes = new TreeSet<>();
        for (String name : parameters.keySet()) {
            if (name.startsWith(groupPath)) {
                Matcher m = INDEX.matcher(name).region(groupPath.length(), name.length());
                if (m.lookingAt()) {
                    indexes.add(Integer.parseInt(m.group(1)));
                }
            }
        }
        return indexes;
    }

    private static void readField(
            FormField field, String path, Map<String, String[]> parameters, Map<String, ? super String> into) {
        if (field.type() == FieldType.ADDRESS) {
            String unit = first(parameters, path + FormPaths.UNIT);
            String street = first(parameters, path + FormPaths.STREET);
            if (unit != null || street != null) {
                into.put(field.name(), FormPaths.address(unit, street));
            }
        } else {
            String value = first(parameters, path);
            if (value != null) {
                into.put(field.name(), value);
            }
        }
    }

    private static String first(Map<String, String[]> parameters, String name) {
        String[] values = parameters.get(name);
        return values == null || values.length == 0 ? null : values[0];
    }
}
