package fr.observatoire.reports.view;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** French number formatting: thin space for thousands, comma for decimals. */
public final class Format {

    private Format() {
    }

    public static String number(double value, int decimals) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.FRANCE);
        symbols.setGroupingSeparator('\u202F');
        symbols.setDecimalSeparator(',');
        symbols.setMinusSign('-');
        DecimalFormat format = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals), symbols);
        return format.format(value);
    }

    public static String percent(double share) {
        return number(share * 100, 0) + " %";
    }
}
