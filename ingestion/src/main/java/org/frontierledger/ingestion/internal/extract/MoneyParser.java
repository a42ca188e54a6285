package org.frontierledger.ingestion.internal.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds US-dollar amounts: "$6M", "$190 billion", "$3T", "$1.5bn", "US$2 billion", "40 million
 * dollars", "a hundred billion dollars", and ranges ("$5 to $13 trillion"). "from $10 billion to $30 billion" is two amounts,
 * not a range. Amounts in other currencies (€, £, HK$) are not US dollars and are skipped.
 */
final class MoneyParser {
    /** Thousands separated by commas, a decimal point, or a decimal comma before a scale word ("$4,3 million"). */
    private static final String NUMBER = "(\\d{1,3},\\d{1,2}(?=\\s?(?i:trillion|billion|million)\\b)"
            + "|\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)";

    private static final String SCALE =
            "(?:[\\s-]?((?i:trillion|billion|million|thousand|tn|bn|mn|mm)\\b|[TBMK]\\b)" + "|((?<=\\d)[tbmk]\\b))?";
    private static final Pattern DOLLAR = Pattern.compile(
            "(?<!\\$)(?<!\\b(?:HK|NT|NZ|AU|CA|A|C|S|R))(?:US|U\\.S\\.)?\\$\\s?" + NUMBER + "(?:\\s?(?:-|–|to)\\s?"
                    + NUMBER + "(?=\\s?(?i:trillion|billion|million|tn|bn|[TBM])\\b))?" + SCALE);
    private static final Pattern WORDS = Pattern.compile("(?<![\\p{L}\\p{N}$.,])" + NUMBER
            + "\\s?((?i:trillion|billion|million|thousand))?\\s(?:US |U\\.S\\. )?dollars\\b" + "|\\bUSD\\s?" + NUMBER
            + SCALE);
    private static final Pattern NUMBER_WORDS = Pattern.compile(NumberWords.PHRASE + "\\s(?:US |U\\.S\\. )?dollars\\b");
    private static final Pattern RANGE_JOIN = Pattern.compile("^\\s?(?:to|-|–|—|and)\\s?$");
    private static final Pattern FROM_BEFORE =
            Pattern.compile("(?i)\\bfrom (?:about |around |roughly |nearly |over |just )?$");
    private static final Pattern BETWEEN_BEFORE = Pattern.compile("(?i)\\bbetween (?:about |around |roughly )?$");

    private MoneyParser() {}

    /** The dollar amounts of a sentence, in order; ranges are one amount with a high end. */
    static List<Money> find(String sentence) {
        if (sentence.indexOf('$') < 0 && !sentence.contains("dollar") && !sentence.contains("USD")) {
            return List.of();
        }
        List<Money> single = singles(sentence);
        List<Money> out = new ArrayList<>();
        for (int i = 0; i < single.size(); i++) {
            Money low = single.get(i);
            Money high = i + 1 < single.size() ? single.get(i + 1) : null;
            if (high != null && low.usdHigh() == null && high.usdHigh() == null && isRange(sentence, low, high)) {
                BigDecimal lowUsd = unscaled(sentence, low) ? low.usd().multiply(scaleOf(high, sentence)) : low.usd();
                // "between $41 million and $78": the high end takes the low end's scale.
                BigDecimal highUsd = unscaled(sentence, high)
                                && !unscaled(sentence, low)
                                && high.usd().compareTo(lowUsd) < 0
                        ? high.usd().multiply(scaleOf(low, sentence))
                        : high.usd();
                out.add(new Money(low.start(), high.end(), lowUsd.min(highUsd), lowUsd.max(highUsd)));
                i++;
            } else {
                out.add(low);
            }
        }
        return out;
    }

    private static boolean isRange(String sentence, Money low, Money high) {
        String between = sentence.substring(low.end(), high.start());
        if (!RANGE_JOIN.matcher(between).lookingAt() && !between.isBlank()) {
            return false;
        }
        String before = sentence.substring(Math.max(0, low.start() - 30), low.start());
        boolean and = between.strip().equals("and");
        return and
                ? BETWEEN_BEFORE.matcher(before).find()
                : !FROM_BEFORE.matcher(before).find();
    }

    private static List<Money> singles(String sentence) {
        List<Money> found = new ArrayList<>();
        Matcher m = DOLLAR.matcher(sentence);
        while (m.find()) {
            String scale = scale(m.group(3), m.group(4));
            BigDecimal high = m.group(2) == null ? null : value(m.group(2), scale);
            found.add(new Money(m.start(), m.end(), value(m.group(1), scale), high));
        }
        Matcher w = WORDS.matcher(sentence);
        while ((sentence.contains("dollar") || sentence.contains("USD")) && w.find()) {
            boolean words = w.group(1) != null;
            String number = words ? w.group(1) : w.group(3);
            String scale = words ? scale(w.group(2), null) : scale(w.group(4), w.group(5));
            found.add(new Money(w.start(), w.end(), value(number, scale), null));
        }
        Matcher n = NUMBER_WORDS.matcher(sentence);
        while (sentence.contains("dollar") && n.find()) {
            BigDecimal number = NumberWords.value(n.group(1));
            if (number != null) {
                found.add(new Money(n.start(), n.end(), number.multiply(multiplier(n.group(2))), null));
            }
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return found;
    }

    private static @Nullable String scale(@Nullable String word, @Nullable String letter) {
        return word != null ? word : letter;
    }

    private static BigDecimal value(String number, @Nullable String scale) {
        String plain = number.matches("\\d{1,3},\\d{1,2}") ? number.replace(',', '.') : number.replace(",", "");
        return new BigDecimal(plain).multiply(multiplier(scale));
    }

    static BigDecimal multiplier(@Nullable String scale) {
        if (scale == null) {
            return BigDecimal.ONE;
        }
        return switch (scale.toLowerCase(Locale.ROOT)) {
            case "trillion", "tn", "t" -> BigDecimal.TEN.pow(12);
            case "billion", "bn", "b" -> BigDecimal.TEN.pow(9);
            case "million", "mn", "mm", "m" -> BigDecimal.TEN.pow(6);
            case "thousand", "k" -> BigDecimal.TEN.pow(3);
            default -> BigDecimal.ONE;
        };
    }

    private static boolean unscaled(String sentence, Money money) {
        return Character.isDigit(sentence.charAt(money.end() - 1));
    }

    private static BigDecimal scaleOf(Money money, String sentence) {
        Matcher m = Pattern.compile("(?i)(trillion|billion|million|thousand|tn|bn|mn|mm|[tbmk])$")
                .matcher(sentence.substring(money.start(), money.end()));
        return m.find() ? multiplier(m.group(1)) : BigDecimal.ONE;
    }
}
