package ru.smolensk.registry.web.soap.guard;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Russian wording of the schema validator's violations (which the JDK's parser gives in English only), naming what
 * was found and what is expected in plain words, without the schema's internal type names.
 */
final class SchemaMessages {

    private static final Pattern QUOTED = Pattern.compile("'([^']*)'");
    private static final Pattern QUALIFIED = Pattern.compile("\\{\"[^\"]*\":([^}]*)}");

    private SchemaMessages() {
    }

    /** The Russian text of a {@code cvc-…} violation. */
    static String russian(String message) {
        int colon = message.indexOf(':');
        String key = colon < 0 ? message : message.substring(0, colon);
        List<String> q = quoted(colon < 0 ? "" : message.substring(colon + 1));
        return switch (key) {
            case "cvc-complex-type.2.4.a" -> "найден элемент " + arg(q, 0) + ", а ожидается " + expected(q, 1);
            case "cvc-complex-type.2.4.b" -> "содержимое элемента " + arg(q, 0) + " неполно: не хватает "
                    + expected(q, 1);
            case "cvc-complex-type.2.4.c", "cvc-elt.1.a" -> "элемент " + arg(q, 0) + " не предусмотрен договором";
            case "cvc-complex-type.2.4.d", "cvc-complex-type.2.4.f" ->
                "найден лишний элемент " + arg(q, 0) + ": здесь больше элементов не ожидается (наибольшее число"
                        + " повторений по договору превышено или порядок элементов нарушен)";
            case "cvc-complex-type.2.4.e" -> "элемент " + arg(q, 0) + " повторяется больше, чем допускает договор";
            case "cvc-complex-type.2.3", "cvc-complex-type.2.1" -> "элемент " + arg(q, 0)
                    + " не может содержать текст, только вложенные элементы";
            case "cvc-complex-type.3.2.2" -> "атрибут " + arg(q, 0) + " не предусмотрен у элемента " + arg(q, 1);
            case "cvc-enumeration-valid" -> "значение «" + arg(q, 0) + "» недопустимо; ожидается одно из: "
                    + arg(q, 1).replace("[", "").replace("]", "");
            case "cvc-pattern-valid" -> "значение «" + arg(q, 0) + "» не соответствует образцу " + arg(q, 1);
            case "cvc-minInclusive-valid" -> "значение «" + arg(q, 0) + "» меньше наименьшего допустимого " + arg(q, 1);
            case "cvc-maxInclusive-valid" -> "значение «" + arg(q, 0) + "» больше наибольшего допустимого " + arg(q, 1);
            case "cvc-minLength-valid" -> "значение «" + arg(q, 0) + "» короче " + arg(q, 1) + " символов";
            case "cvc-maxLength-valid" -> "значение «" + arg(q, 0) + "» длиннее " + arg(q, 1) + " символов";
            case "cvc-datatype-valid.1.2.1" -> "значение «" + arg(q, 0) + "» не является допустимым значением типа "
                    + typeName(arg(q, 1));
            case "cvc-type.3.1.3", "cvc-elt.5.2.2.2.2" -> "недопустимое значение «" + arg(q, 1) + "» элемента "
                    + arg(q, 0);
            case "cvc-elt.3.2.2", "cvc-elt.3.1" -> "недопустимый атрибут xsi:nil";
            default -> "нарушена схема договора (" + key + ")";
        };
    }

    private static List<String> quoted(String text) {
        List<String> values = new ArrayList<>();
        Matcher m = QUOTED.matcher(text);
        while (m.find()) {
            values.add(QUALIFIED.matcher(m.group(1)).replaceAll("$1"));
        }
        return values;
    }

    private static String arg(List<String> values, int index) {
        return index < values.size() ? values.get(index) : "?";
    }

    private static String expected(List<String> values, int index) {
        return index < values.size()
                ? "один из элементов: " + values.get(index).replace(",", ", ")
                        .replaceAll("\\s+", " ")
                : "следующий элемент по договору";
    }

    private static String typeName(String type) {
        return switch (type) {
            case "dateTime" -> "дата и время (например, 2026-03-01T10:15:30+03:00)";
            case "date" -> "дата (например, 2026-03-01)";
            case "int", "integer", "long" -> "целое число";
            case "boolean" -> "логическое значение (true или false)";
            default -> type.startsWith("#AnonType") ? "договора" : type;
        };
    }
}
