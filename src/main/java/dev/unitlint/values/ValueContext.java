package dev.unitlint.values;

/**
 * What a value check may know besides the value: where the value is written and for which
 * systemd release and unit it is judged.
 *
 * @param section  the section, e.g. "Service"
 * @param key      the key, e.g. "LimitNOFILE"
 * @param unitType the unit type, e.g. "service"
 * @param unitName the unit's file name (e.g. "foo@bar.service"), or null when not known
 * @param release  the systemd release ({@code --systemd-version})
 * @param ltype    the parser's ltype in the directive catalog (e.g. "true" for the fatal path keys)
 */
public record ValueContext(String section, String key, String unitType, String unitName, int release, String ltype) {

    public static ValueContext of(String section, String key, String unitType, int release) {
        return new ValueContext(section, key, unitType, null, release, "");
    }
}
