package org.frontierledger.ingestion.internal.extract;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.frontierledger.eventstore.event.MarketEventType;
import org.jspecify.annotations.Nullable;

/**
 * Pipe tables read by their headers. A column headed "Model" (or the first column) names the row's
 * model, "Provider"/"Company" its company; columns headed input, output or cached prices give one
 * price event per row (per 1M or per 1K tokens as the header or the cell says). A row whose first
 * cell names a figure ("Valuation", "Total raised", "Revenue", "ARR", "Capex", "Training cost")
 * gives an event of that type for each amount in its other cells, for the row's company or the
 * company the document is about; figures per employee and other non-market rows are skipped.
 */
final class TableRule implements Rule {
    private static final Pattern SEPARATOR = Pattern.compile("^\\|?\\s*:?-{2,}.*");
    private static final Pattern PER_1K = Pattern.compile("(?i)(?:per|/)\\s?(?:1k|1,000|1000|thousand|k)\\b");
    private static final Pattern PER_1M = Pattern.compile("(?i)(?:per|/)\\s?(?:1m|1 m|1,000,000|million|m\\b|mtok)");
    private static final Pattern HARDWARE =
            Pattern.compile("(?i)(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)\\s?(k|m)?\\b\\s?(?:x\\s?)?"
                    + "(?:nvidia\\s|google\\s)?(?:a100|h100|h800|h200|h20|b200|gb200|tpu|gpu|v100|chip|accelerator)");
    /** "2019RoBERTa LargeMeta$160,018": an optional year, a name, and an amount glued together. */
    private static final Pattern FLATTENED_ROW =
            Pattern.compile("^((?:19|20)\\d{2})?(\\S.{1,60}?\\S)\\$\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?$");
    /** A cell of figures: an amount ("$1.75", "US$ 3 / 1M"), or a bare number or percentage ("2019", "89%", "~1.5"). */
    private static final Pattern FIGURE_CELL =
            Pattern.compile("(?i)^(?:(?:US)?[$¥€£]\\s?~?\\d.*|[~≈<>]?\\s?\\d[\\d.,]*\\s?(?:%|x|×|k|m|b|bn|t)?\\+?)$");
    /** A label and two or more amounts glued to it: a row of a price table flattened column by column. */
    private static final Pattern GLUED_ROW =
            Pattern.compile("^(\\p{L}[^$|]{0,40}?)\\s*((?:(?:US)?\\$\\s?\\d[\\d,]*(?:\\.\\d+)?){2,8})$");
    /**
     * A row of a price table flattened into one line, with a size cell after its prices
     * ("GPT-4o mini$0.15$0.60128K" under "ModelInput (per 1M tokens)Output (per 1M tokens)Context window"):
     * prices have at most two decimals so that the size glued after them stays apart.
     */
    private static final Pattern GLUED_MODEL_ROW = Pattern.compile(
            "^(\\p{L}[^$|]{0,40}?)\\s*((?:(?:US)?\\$\\d[\\d,]*(?:\\.\\d\\d?)?){2,4})(\\d{1,4}(?:\\.\\d)?\\s?[KkMm])$");
    /** The words of a cache column's header that say only what the column is, not which one. */
    private static final Pattern CACHE_WORDS = Pattern.compile(
            "(?i)\\(.*?\\)|\\b(?:cached|cache|writes?|hits?|reads?|refresh(?:es)?|input|prompt|tokens?|prices?|per|mtok|and|usd)\\b|[$&/:|*]");
    /** Where two names of a flattened header touch: after a version number or a closing bracket, before a capital. */
    private static final Pattern GLUED_NAMES = Pattern.compile("(?<=[\\d)])(?=\\p{Lu})");
    /** Name and developer, year, accelerators ("10K A100s", "~25K H100s", "512 H100s", "~32K TPUv4"), then figures and a cost. */
    private static final Pattern FLATTENED_HARDWARE_ROW = Pattern.compile(
            "^(\\S.{1,60}?)(?:19|20)\\d{2}~?(\\d{1,3}(?:,\\d{3})*(?:\\.\\d+)?)"
                    + "\\s?([KkMm])?\\s?(?:x\\s?)?(?:A100|H100|H800|H200|H20|B200|GB200|V100|TPU\\s?v?\\d*\\w*|MI300X?|GPU)s?\\b(.*\\$.*)$");
    /** A developer glued after a size or a bracket: "180BTII", "(est.)Google". */
    private static final Pattern GLUED_DEVELOPER = Pattern.compile(
            "(?<=\\d[BbMmKk]|\\d[BbMmKk]\\s|\\)|\\)\\s)(\\p{Lu}[\\p{L}\\p{N}&.-]*(?:\\s\\p{Lu}[\\p{L}\\p{N}&.-]*)?)$");

    private static final Pattern GLUED = Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})|(?<=[\\p{L}])(?=\\()");
    private static final Pattern NUMBER = Pattern.compile("(?<![¥€£\\d.])(?:US)?\\$?\\s?(\\d+(?:\\.\\d+)?)(?![\\d,])");

    @Override
    public String name() {
        return "table.header";
    }

    @Override
    public int stage() {
        return TABLES;
    }

    @Override
    public int priority() {
        return 60;
    }

    @Override
    public List<Finding> apply(DocContext doc, int i) {
        View view = doc.view(i);
        List<Finding> out = new ArrayList<>();
        if (!view.tableRow() && view.text().indexOf('$') < 0) {
            return out;
        }
        Matcher flat = FLATTENED_ROW.matcher(view.text());
        if (!view.tableRow() && view.text().indexOf('$') >= 0 && flat.matches()) {
            flattenedTrainingRow(doc, i, flat, out);
            return out;
        }
        Matcher hardwareRow = FLATTENED_HARDWARE_ROW.matcher(view.text());
        if (!view.tableRow() && hardwareRow.matches()) {
            flattenedHardwareRow(doc, i, hardwareRow, out);
            return out;
        }
        Matcher gluedModel = GLUED_MODEL_ROW.matcher(view.text());
        if (!view.tableRow() && gluedModel.matches()) {
            gluedModelRow(doc, i, gluedModel.group(1).strip(), gluedModel.group(2), out);
            return out;
        }
        Matcher glued = GLUED_ROW.matcher(view.text());
        if (!view.tableRow() && glued.matches()) {
            gluedColumns(doc, i, glued.group(1), glued.group(2), out);
            return out;
        }
        if (!view.tableRow() || SEPARATOR.matcher(view.text()).matches()) {
            return out;
        }
        int headerAt = header(doc, i);
        if (headerAt < 0 || headerAt == i) {
            return out;
        }
        List<String> header =
                cells(doc.view(headerAt).text()).stream().map(TableRule::spaced).toList();
        List<String> row = cells(view.text());
        int modelCol = column(header, "model|name|llm|api");
        int orgCol = column(header, "provider|company|vendor|developer|lab|org");
        int inputCol = column(header, "input|prompt", "cache");
        int outputCol = column(header, "output|completion");
        List<Integer> cacheCols = columns(header, "cached|cache");
        int costCol = column(header, "(?:training |compute |est\\.? |estimated )?cost|spend");
        int hardwareCol = column(header, "hardware|gpus?|chips|accelerators|cluster|tpus?");
        if (inputCol >= 0 || outputCol >= 0) {
            prices(doc, i, header, row, modelCol < 0 ? 0 : modelCol, orgCol, inputCol, outputCol, cacheCols, out);
        } else if ((costCol >= 0 || hardwareCol >= 0) && trainingTable(doc, headerAt, header, costCol, hardwareCol)) {
            training(doc, i, row, modelCol < 0 ? 0 : modelCol, orgCol, costCol, hardwareCol, out);
        } else {
            figures(doc, i, row, orgCol, out);
        }
        return out;
    }

    private void prices(
            DocContext doc,
            int i,
            List<String> header,
            List<String> row,
            int modelCol,
            int orgCol,
            int inputCol,
            int outputCol,
            List<Integer> cacheCols,
            List<Finding> out) {
        View view = doc.view(i);
        if (modelCol >= row.size()) {
            return;
        }
        String model = row.get(modelCol).replaceAll("\\*", "").strip();
        String org = orgCol >= 0 && orgCol < row.size() ? row.get(orgCol).strip() : null;
        List<Mention> names = new Names(doc.lexicon()).find(model);
        if (org == null && !names.isEmpty()) {
            org = names.getFirst().org();
        }
        if (model.isEmpty()) {
            return;
        }
        BigDecimal input = price(header, row, inputCol);
        BigDecimal output = price(header, row, outputCol);
        boolean shifted = org != null && FIGURE_CELL.matcher(org).matches() && inputCol > orgCol && outputCol > orgCol;
        if (shifted) {
            // "| Gemini 2.5 Pro | $1.25 | $10.00 | ... |" under "| Model | Provider | Input | Output |": a row
            // missing its provider cell; its prices stand one cell to the left.
            org = names.isEmpty() ? null : names.getFirst().org();
            input = shifted(header, row, inputCol, orgCol);
            output = shifted(header, row, outputCol, orgCol);
        }
        if (input != null || output != null) {
            out.add(Finding.price(view, this, org, model, input, output));
        }
        for (int c : cacheCols) {
            BigDecimal cached = shifted ? shifted(header, row, c, orgCol) : price(header, row, c);
            if (cached != null) {
                out.add(Finding.price(view, this, org, model + cacheQualifier(header, c, cacheCols), cached, null));
            }
        }
        doc.markRead(i, 0, view.text().length());
    }

    /**
     * A row of a table flattened into one run-on line under a header that speaks of training costs
     * ("YearModel NameModel CreatorsTraining Cost (USD)" above "2019RoBERTa LargeMeta$160,018"): the
     * year, the model, its developer glued to the end, and the cost.
     */
    private void flattenedTrainingRow(DocContext doc, int i, Matcher flat, List<Finding> out) {
        boolean trainingHeader = false;
        for (int j = i - 1; j >= Math.max(0, i - 8) && !trainingHeader; j--) {
            String above = doc.view(j).text().toLowerCase(Locale.ROOT);
            trainingHeader = above.contains("train")
                    && (above.contains("cost") || above.contains("usd"))
                    && !FLATTENED_ROW.matcher(doc.view(j).text()).matches()
                    && above.length() < 120;
        }
        if (!trainingHeader) {
            return;
        }
        String middle = flat.group(2).strip();
        String org = null;
        for (int cut = 1; cut < middle.length() - 1; cut++) {
            String suffix = middle.substring(cut);
            String first = suffix.split("/")[0];
            if (Character.isUpperCase(suffix.charAt(0))
                    && doc.lexicon().company(first) != null
                    && (suffix.equals(first) || doc.lexicon().company(suffix.substring(first.length() + 1)) != null)) {
                org = suffix;
                middle = middle.substring(0, cut).strip();
                break;
            }
        }
        View view = doc.view(i);
        for (Money money : MoneyParser.find(view.text())) {
            out.add(Finding.money(MarketEventType.TRAINING_COST, view, this, org, middle, money));
        }
        doc.markRead(i, 0, view.text().length());
    }

    /**
     * A price table flattened column by column: a line of model names glued together ("Haiku
     * 4.5Sonnet 4.6Opus 4.6") above rows of a label and one price per model glued to it ("Input /
     * MTok$1$3$5", "Batch output$2.50$7.50$12.50", "Cache read (per MTok)$0.10$0.30$0.50"). Each row
     * gives one price per model; input and output rows of the same kind become one price.
     */
    private void gluedColumns(DocContext doc, int i, String label, String figures, List<Finding> out) {
        String kind = label.toLowerCase(Locale.ROOT);
        boolean cacheRead = kind.contains("cache") && !kind.contains("writ");
        boolean input = cacheRead || kind.matches(".*\\b(?:input|prompt)\\b.*");
        boolean output = !cacheRead && kind.matches(".*\\b(?:output|completion)\\b.*");
        if (input == output || kind.contains("writ")) {
            return;
        }
        List<Mention> models = null;
        StringBuilder block = new StringBuilder(label);
        for (int j = i - 1; j >= Math.max(0, i - 8); j--) {
            String text = doc.view(j).text();
            block.append(' ').append(text);
            if (GLUED_ROW.matcher(text).matches() || text.indexOf('$') >= 0) {
                continue;
            }
            List<Mention> found = new Names(doc.lexicon())
                    .find(GLUED_NAMES.matcher(text).replaceAll(" | ")).stream()
                            .filter(m -> m.model() && !m.comparison())
                            .toList();
            if (found.size() >= 2) {
                models = found;
            }
            break;
        }
        for (int j = i + 1; j < Math.min(doc.views().size(), i + 6); j++) {
            block.append(' ').append(doc.view(j).text());
        }
        String[] amounts = figures.replace("US$", "$").split("\\$");
        List<BigDecimal> prices = new ArrayList<>();
        for (String amount : amounts) {
            if (!amount.isBlank()) {
                prices.add(new BigDecimal(amount.strip().replace(",", "")));
            }
        }
        if (models == null || models.size() != prices.size()) {
            return;
        }
        String unit = block.toString();
        BigDecimal scale;
        if (PER_1K.matcher(label).find()) {
            scale = BigDecimal.valueOf(1000);
        } else if (PER_1M.matcher(unit).find() || unit.toLowerCase(Locale.ROOT).contains("mtok")) {
            scale = BigDecimal.ONE;
        } else {
            return;
        }
        String suffix = cacheRead ? " (cached input)" : kind.contains("batch") ? " (batch)" : "";
        View view = doc.view(i);
        for (int c = 0; c < models.size(); c++) {
            Mention m = models.get(c);
            BigDecimal price =
                    prices.get(c).multiply(scale, MathContext.DECIMAL64).stripTrailingZeros();
            out.add(Finding.price(view, this, m.org(), m.name() + suffix, input ? price : null, input ? null : price));
        }
        doc.markRead(i, 0, view.text().length());
    }

    /**
     * A model's row of a flattened price table: its first price is the input price and its second the
     * output price when the header above names input before output and a unit per token.
     */
    private void gluedModelRow(DocContext doc, int i, String model, String figures, List<Finding> out) {
        String header = null;
        for (int j = i - 1; j >= Math.max(0, i - 8) && header == null; j--) {
            String text = spaced(doc.view(j).text()).toLowerCase(Locale.ROOT);
            int in = text.indexOf("input");
            int outAt = text.indexOf("output");
            if (text.indexOf('$') < 0 && in >= 0 && outAt > in) {
                header = text;
            }
        }
        if (header == null) {
            return;
        }
        BigDecimal scale = PER_1K.matcher(header).find()
                ? BigDecimal.valueOf(1000)
                : PER_1M.matcher(header).find() ? BigDecimal.ONE : null;
        if (scale == null) {
            return;
        }
        List<BigDecimal> prices = new ArrayList<>();
        for (String amount : figures.replace("US$", "$").split("\\$")) {
            if (!amount.isBlank()) {
                prices.add(new BigDecimal(amount.strip().replace(",", ""))
                        .multiply(scale, MathContext.DECIMAL64)
                        .stripTrailingZeros());
            }
        }
        List<Mention> names = new Names(doc.lexicon()).find(model);
        String org = names.isEmpty() ? null : names.getFirst().org();
        View view = doc.view(i);
        out.add(Finding.price(view, this, org, model, prices.get(0), prices.get(1)));
        doc.markRead(i, 0, view.text().length());
    }

    /**
     * A row of a training table flattened into one line, with its hardware ("GPT-3 175BOpenAI202010K
     * A100s~3.1M~$4.6M" under "ModelOrgYearGPUsGPU-HoursCompute Cost"): the model and its developer
     * glued before the year, the number of accelerators, and the cost at the end of the line.
     */
    private void flattenedHardwareRow(DocContext doc, int i, Matcher row, List<Finding> out) {
        boolean trainingHeader = false;
        for (int j = i - 1; j >= Math.max(0, i - 24) && !trainingHeader; j--) {
            String above = doc.view(j).text().toLowerCase(Locale.ROOT);
            trainingHeader = above.length() < 160
                    && above.contains("gpu")
                    && (above.contains("cost") || above.contains("train"))
                    && !FLATTENED_HARDWARE_ROW.matcher(doc.view(j).text()).matches();
        }
        if (!trainingHeader) {
            return;
        }
        String[] modelAndOrg = splitDeveloper(
                doc.lexicon(),
                row.group(1).replace("(est.)", "").replace("(est)", "").strip());
        View view = doc.view(i);
        BigDecimal count = new BigDecimal(row.group(2).replace(",", ""));
        if (row.group(3) != null) {
            count = count.multiply(BigDecimal.valueOf(row.group(3).equalsIgnoreCase("m") ? 1_000_000 : 1_000));
        }
        out.add(Finding.gpus(view, this, modelAndOrg[1], modelAndOrg[0], count.longValue()));
        List<Money> money = MoneyParser.find(view.text().substring(row.start(4)));
        if (!money.isEmpty()) {
            out.add(Finding.money(
                    MarketEventType.TRAINING_COST, view, this, modelAndOrg[1], modelAndOrg[0], money.getLast()));
        }
        doc.markRead(i, 0, view.text().length());
    }

    /**
     * A model's name with its developer glued to its end ("DeepSeek V3DeepSeek", "Falcon 180BTII",
     * "Gemini UltraGoogle"): the developer is the longest listed company that ends the text, else
     * the capitalised word after a size or a closing bracket. Returns {model, developer or null}.
     */
    private static String[] splitDeveloper(Lexicon lexicon, String glued) {
        for (int cut = 1; cut < glued.length() - 1; cut++) {
            String suffix = glued.substring(cut);
            if (Character.isUpperCase(suffix.charAt(0)) && lexicon.company(suffix) != null) {
                return new String[] {glued.substring(0, cut).strip(), suffix};
            }
        }
        Matcher m = GLUED_DEVELOPER.matcher(glued);
        if (m.find()) {
            return new String[] {glued.substring(0, m.start(1)).strip(), m.group(1)};
        }
        return new String[] {glued, null};
    }

    /** A table of training runs: its header or the lines just above it speak of training, or it lists hardware and cost. */
    private static boolean trainingTable(
            DocContext doc, int headerAt, List<String> header, int costCol, int hardwareCol) {
        if (String.join(" ", header).toLowerCase(Locale.ROOT).contains("train") || costCol >= 0 && hardwareCol >= 0) {
            return true;
        }
        for (int j = headerAt - 1; j >= Math.max(0, headerAt - 3); j--) {
            if (doc.view(j).text().toLowerCase(Locale.ROOT).contains("train")) {
                return true;
            }
        }
        return false;
    }

    private void training(
            DocContext doc,
            int i,
            List<String> row,
            int modelCol,
            int orgCol,
            int costCol,
            int hardwareCol,
            List<Finding> out) {
        View view = doc.view(i);
        if (modelCol >= row.size()) {
            return;
        }
        String model = row.get(modelCol).replaceAll("\\*", "").strip();
        if (model.isEmpty()) {
            return;
        }
        String org = orgCol >= 0 && orgCol < row.size() && !row.get(orgCol).isBlank()
                ? row.get(orgCol).strip()
                : null;
        if (org == null) {
            List<Mention> names = new Names(doc.lexicon()).find(model);
            org = names.isEmpty() ? null : names.getFirst().org();
        }
        if (hardwareCol >= 0 && hardwareCol < row.size()) {
            Matcher m = HARDWARE.matcher(row.get(hardwareCol));
            if (m.find()) {
                BigDecimal count = new BigDecimal(m.group(1).replace(",", ""));
                if (m.group(2) != null) {
                    count = count.multiply(BigDecimal.valueOf(m.group(2).equalsIgnoreCase("m") ? 1_000_000 : 1_000));
                }
                out.add(Finding.gpus(view, this, org, model, count.longValue()));
            }
        }
        if (costCol >= 0 && costCol < row.size()) {
            for (Money money : MoneyParser.find(row.get(costCol))) {
                out.add(Finding.money(MarketEventType.TRAINING_COST, view, this, org, model, money));
                break;
            }
        }
        doc.markRead(i, 0, view.text().length());
    }

    /** The price of a column in a row that lacks the cell at {@code missing}: its cells after it stand one to the left. */
    private static @Nullable BigDecimal shifted(List<String> header, List<String> row, int col, int missing) {
        if (col <= missing) {
            return null;
        }
        List<String> moved = new ArrayList<>(row);
        moved.add(missing, "");
        return price(header, moved, col);
    }

    private static @Nullable BigDecimal price(List<String> header, List<String> row, int col) {
        if (col < 0 || col >= row.size() || col >= header.size()) {
            return null;
        }
        Matcher m = NUMBER.matcher(row.get(col));
        if (row.get(col).matches(".*[¥€£].*") || !m.find()) {
            return null;
        }
        BigDecimal value = new BigDecimal(m.group(1));
        String unit = header.get(col) + " " + row.get(col);
        if (PER_1K.matcher(unit).find()) {
            return value.multiply(BigDecimal.valueOf(1000), MathContext.DECIMAL64)
                    .stripTrailingZeros();
        }
        return value.stripTrailingZeros();
    }

    private void figures(DocContext doc, int i, List<String> row, int orgCol, List<Finding> out) {
        View view = doc.view(i);
        if (row.size() < 2) {
            return;
        }
        String label = row.getFirst().toLowerCase(Locale.ROOT);
        if (doc.lexicon().cue("nonmarket").matcher(label).find()) {
            doc.markRead(i, 0, view.text().length());
            return;
        }
        MarketEventType type = labelType(doc.lexicon(), label);
        if (type == null) {
            return;
        }
        String org = orgCol >= 0 && orgCol < row.size() ? row.get(orgCol).strip() : null;
        if (org == null) {
            List<Mention> orgs = view.orgs();
            org = doc.focus() != null || orgs.isEmpty()
                    ? doc.focus()
                    : orgs.getFirst().name();
        }
        if (org == null) {
            return;
        }
        String text = view.text();
        int labelEnd = text.indexOf('|', text.indexOf('|') + 1);
        for (Money money : MoneyParser.find(text)) {
            if (money.start() > labelEnd) {
                out.add(Finding.money(type, view, this, org, null, money));
            }
        }
        doc.markRead(i, 0, view.text().length());
    }

    private static @Nullable MarketEventType labelType(Lexicon lexicon, String label) {
        for (MarketEventType type : List.of(
                MarketEventType.VALUATION,
                MarketEventType.REVENUE,
                MarketEventType.CAPEX,
                MarketEventType.TRAINING_COST,
                MarketEventType.COMPUTE_COMMITMENT,
                MarketEventType.FUNDING)) {
            if (lexicon.cue(type.name()).matcher(label).find()) {
                return type;
            }
        }
        return null;
    }

    /** The nearest row above that is neither a separator nor a row of figures: the row's header. */
    private static int header(DocContext doc, int i) {
        if (dataRow(doc.view(i).text()) == false) {
            return i;
        }
        for (int at = i - 1; at >= 0 && doc.view(at).tableRow(); at--) {
            String text = doc.view(at).text();
            if (!SEPARATOR.matcher(text).matches() && !dataRow(text)) {
                return at;
            }
        }
        return -1;
    }

    private static boolean dataRow(String row) {
        return cells(row).stream().anyMatch(c -> FIGURE_CELL.matcher(c).matches());
    }

    private static int column(List<String> header, String words) {
        return column(header, words, null);
    }

    /** The first column whose header has one of the words (and, where given, none of the excluded ones). */
    private static int column(List<String> header, String words, @Nullable String excluded) {
        Pattern p = Pattern.compile("(?i)\\b(?:" + words + ")");
        Pattern not = excluded == null ? null : Pattern.compile("(?i)\\b(?:" + excluded + ")");
        for (int c = 0; c < header.size(); c++) {
            if (p.matcher(header.get(c)).find()
                    && (not == null || !not.matcher(header.get(c)).find())) {
                return c;
            }
        }
        return -1;
    }

    /** Every column whose header has one of the words. */
    private static List<Integer> columns(List<String> header, String words) {
        Pattern p = Pattern.compile("(?i)\\b(?:" + words + ")");
        List<Integer> out = new ArrayList<>();
        for (int c = 0; c < header.size(); c++) {
            if (p.matcher(header.get(c)).find()) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * The qualifier of a cache column's price: "(cache write)" or "(cached input)" as {@code EVENTS.md}
     * names them, with what tells two such columns apart ("5m Cache Writes", "1h Cache Writes": "(cache
     * write, 5m)").
     */
    static String cacheQualifier(List<String> header, int column, List<Integer> cacheCols) {
        String cell = header.get(column).toLowerCase(Locale.ROOT);
        boolean write = cell.contains("writ");
        String kind = write ? "cache write" : "cached input";
        long sameKind = cacheCols.stream()
                .filter(c -> header.get(c).toLowerCase(Locale.ROOT).contains("writ") == write)
                .count();
        if (sameKind < 2) {
            return " (" + kind + ")";
        }
        String rest = CACHE_WORDS
                .matcher(cell)
                .replaceAll(" ")
                .replaceAll("\\s+", " ")
                .strip();
        return rest.isEmpty() ? " (" + kind + ")" : " (" + kind + ", " + rest + ")";
    }

    /** A header cell with its glued words apart: "StandardInput($/1M)" reads "Standard Input ($/1M)". */
    static String spaced(String cell) {
        return GLUED.matcher(cell).replaceAll(" ");
    }

    static List<String> cells(String row) {
        String body = row.strip();
        if (body.startsWith("|")) {
            body = body.substring(1);
        }
        if (body.endsWith("|")) {
            body = body.substring(0, body.length() - 1);
        }
        List<String> out = new ArrayList<>();
        for (String c : body.split("\\|", -1)) {
            out.add(c.strip());
        }
        return out;
    }
}
