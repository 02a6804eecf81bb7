package com.perfdash.importer.document;

import com.perfdash.importer.CellRef;
import com.perfdash.importer.ImportIssue;
import com.perfdash.importer.ImportText;
import com.perfdash.importer.grid.Narrative;
import com.perfdash.importer.grid.Paragraph;
import com.perfdash.importer.grid.StatedValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a report's running text into a {@link Narrative}: the sections by their headings (一、…,
 * （一）…), the duties as a list, the performance, project and problems texts, and the figures of the
 * budget sentences ("2020 年度预算收入 516.66 万元，其中年初预算 457.18 万元，调整追加 17.07 万元…",
 * "支出 516.66 万元，其中基本支出 580.92 万元…", "年初预算项目…；年中执行调增 53.25 万元，实际支出
 * 146.25 万元"), each figure with its paragraph and its sentence as written. A paragraph that stops in
 * the middle of a sentence (a line broken inside a word, a sentence broken over two paragraphs) is read
 * together with the next. Figures are compared on normalized text (NFKC, radical look-alikes) and kept on
 * BigDecimal; a figure found only by a loose rule is marked low confidence.
 */
public final class NarrativeParser {

    private static final Pattern LEVEL1 = Pattern.compile("^\\s*([一二三四五六七八九十]+)\\s*[、.．]\\s*(.*)$");
    private static final Pattern LEVEL2 = Pattern.compile("^\\s*[(（]\\s*([一二三四五六七八九十]+)\\s*[)）]\\s*(.*)$");
    private static final Pattern ITEM = Pattern.compile("^\\s*(?:[(（]\\s*(\\d{1,2})\\s*[)）]|(\\d{1,2})\\s*[、.．](?!\\d))\\s*(.*)$", Pattern.DOTALL);
    /** Sentence ends after which a paragraph stands on its own. */
    private static final String ENDS = "。！？!?：:";
    /** Paragraphs that start a line of their own: notes, attachments. */
    private static final Pattern STANDS_ALONE_START = Pattern.compile("^(?:备注|附件|注[:：])");
    /** Paragraphs that end a line of their own: titles of the report and of its tables. */
    private static final Pattern STANDS_ALONE_END = Pattern.compile("(?:表|报告|目录)\\s*$");
    private static final String A = Money.AMOUNT;
    private static final String SEP = "\\s*(?:为|是|:|：)?\\s*";
    private static final Pattern YEAR_TITLE = Pattern.compile("((?:19|20)\\d{2})\\s*年度?");

    /** What the parser makes of one document's paragraphs. */
    public Narrative parse(List<Paragraph> paragraphs) {
        return new Run(join(paragraphs)).narrative();
    }

    /** A paragraph as read: one or more document paragraphs joined, as written and normalized. */
    record Logical(String written, String text, List<Integer> starts, List<CellRef> sources) {

        /** The document paragraph holding the normalized text's offset {@code at}. */
        CellRef sourceAt(int at) {
            int i = 0;
            while (i + 1 < starts.size() && starts.get(i + 1) <= at) {
                i++;
            }
            return sources.get(i);
        }

        CellRef source() {
            return sources.get(0);
        }
    }

    /** Joins a paragraph that stops mid-sentence with the next one, unless the next starts a heading. */
    static List<Logical> join(List<Paragraph> paragraphs) {
        List<Logical> out = new ArrayList<>();
        StringBuilder written = new StringBuilder();
        StringBuilder text = new StringBuilder();
        List<Integer> starts = new ArrayList<>();
        List<CellRef> sources = new ArrayList<>();
        for (Paragraph p : paragraphs) {
            String norm = TextNormalizer.normalize(p.text()).strip();
            if (norm.isEmpty()) {
                continue;
            }
            boolean heading = isHeading(norm) || STANDS_ALONE_START.matcher(norm).find();
            if (!text.isEmpty() && (heading || endsSentence(text) || STANDS_ALONE_END.matcher(text).find()
                    || isTitle(text.toString()))) {
                out.add(new Logical(written.toString(), text.toString(), List.copyOf(starts), List.copyOf(sources)));
                written.setLength(0);
                text.setLength(0);
                starts.clear();
                sources.clear();
            }
            starts.add(text.length());
            sources.add(p.source());
            // a line broken inside a word or a sentence: the two halves run on without a separator
            written.append(p.text().strip());
            text.append(norm);
        }
        if (!text.isEmpty()) {
            out.add(new Logical(written.toString(), text.toString(), List.copyOf(starts), List.copyOf(sources)));
        }
        return out;
    }

    private static boolean endsSentence(CharSequence s) {
        return ENDS.indexOf(s.charAt(s.length() - 1)) >= 0;
    }

    /** A heading that is a title on its own line (（1） 《荷塘年鉴》编纂发行项目), not a numbered item's first line. */
    private static boolean isTitle(String norm) {
        return isHeading(norm) && norm.length() <= 32 && !norm.contains("万元") && norm.chars().noneMatch(c -> "，,；;。".indexOf(c) >= 0);
    }

    private static boolean isHeading(String norm) {
        return LEVEL1.matcher(norm).matches() || LEVEL2.matcher(norm).matches() || ITEM.matcher(norm).matches();
    }

    /** One parse: the sections and fields as they are found. */
    private static final class Run {
        private final List<Logical> paragraphs;
        private final Map<String, StatedValue> fields = new LinkedHashMap<>();
        private final List<Narrative.Text> texts = new ArrayList<>();
        private final List<Narrative.Project> projects = new ArrayList<>();
        private final List<ImportIssue> issues = new ArrayList<>();

        Run(List<Logical> paragraphs) {
            this.paragraphs = paragraphs;
        }

        Narrative narrative() {
            title();
            String section = null;
            List<Logical> body = new ArrayList<>();
            List<Logical> duties = new ArrayList<>();
            Map<String, List<Logical>> bySection = new LinkedHashMap<>();
            for (Logical p : paragraphs) {
                Matcher l1 = LEVEL1.matcher(p.text());
                Matcher l2 = LEVEL2.matcher(p.text());
                if (l1.matches() && !p.text().contains("万元") && p.text().length() < 60) {
                    section = level1(l1.group(2));
                    continue;
                }
                if (l2.matches() && p.text().length() < 60) {
                    String sub = level2(l2.group(2));
                    if (sub != null) {
                        section = sub;
                        continue;
                    }
                }
                budget(p);
                if (section == null) {
                    continue;
                }
                if (section.equals("other") && endsTables(p)) {
                    section = "tables";
                }
                if (section.equals("duty")) {
                    duties.add(p);
                } else if (!section.equals("budget") && !section.equals("funds") && !section.equals("tables")) {
                    bySection.computeIfAbsent(section, k -> new ArrayList<>()).add(p);
                }
            }
            int seq = 0;
            for (Logical d : duties) {
                Matcher m = ITEM.matcher(d.written().strip());
                texts.add(new Narrative.Text("duty", ++seq, m.matches() ? m.group(3).strip() : d.written().strip(), d.source()));
            }
            for (Map.Entry<String, List<Logical>> e : bySection.entrySet()) {
                List<Logical> ps = e.getValue();
                String bodyText = String.join("\n", ps.stream().map(Logical::written).toList());
                texts.add(new Narrative.Text(e.getKey(), 1, bodyText, ps.get(0).source()));
                if (e.getKey().equals("project_performance")) {
                    projects(ps);
                }
            }
            return new Narrative(fields, texts, projects, issues);
        }

        /** 附件 is the last line of the text; the tables' titles and notes follow. */
        private static boolean endsTables(Logical p) {
            String t = p.text();
            return t.startsWith("备注") || (t.endsWith("自评表") && !t.startsWith("附件"));
        }

        private static String level1(String title) {
            if (title.contains("基本情况") || title.contains("职能") || title.contains("单位概况")) {
                return "duty";
            }
            if (title.contains("收支") || title.contains("收入") && title.contains("支出")) {
                return "budget";
            }
            if (title.contains("存在的问题") || title.contains("问题") && title.contains("改进")) {
                return "problems";
            }
            if (title.contains("其他需要说明") || title.startsWith("其他")) {
                return "other";
            }
            if (title.contains("资金使用") || title.contains("绩效情况")) {
                return "performance";
            }
            return "other";
        }

        private static String level2(String title) {
            if (title.contains("整体支出")) {
                return "performance";
            }
            if (title.contains("项目支出")) {
                return "project_performance";
            }
            return null;
        }

        private void title() {
            if (paragraphs.isEmpty()) {
                return;
            }
            Logical first = paragraphs.get(0);
            String t = first.text();
            if (!t.contains("报告") && !t.contains("自评")) {
                return;
            }
            fields.put("title", new StatedValue(first.written().strip(), first.source(), first.written(), false));
            Matcher y = YEAR_TITLE.matcher(t);
            if (y.find()) {
                fields.put("fiscal_year", new StatedValue(y.group(1), first.source(), first.written(), false));
                String rest = t.substring(y.end()).strip();
                Matcher unit = Pattern.compile("^(.+?)(?:部门整体支出|整体支出|预算)?绩效自评(?:价)?报告").matcher(rest);
                if (unit.find() && !unit.group(1).isBlank()) {
                    fields.put("unit_name", new StatedValue(unit.group(1).strip(), first.source(), first.written(), false));
                }
            }
        }

        /** The income, expenditure and project-total sentences. */
        private void budget(Logical p) {
            String t = p.text();
            if (!fields.containsKey("income_total") && t.contains("预算收入")) {
                if (figure(p, "income_total", "预算收入(?:总额|总计|合计)?", "收入")) {
                    fields.put("income_text", new StatedValue(p.written(), p.source(), p.written(), false));
                    figure(p, "income_initial", "年初预算(?:数|安排|批复)?", null);
                    figure(p, "income_adjustment", "(?:调整追加|追加调整|年中追加|调整|追加)(?:预算)?", null);
                    figure(p, "income_carryover", "上年结转(?:资金|结余)?", null);
                    figure(p, "income_other", "其他(?:资金)?(?:来源|收入)?", null);
                }
            }
            if (!fields.containsKey("expenditure_total") && t.contains("基本支出") && !t.contains("年初预算项目")) {
                if (figure(p, "expenditure_total", "(?<![本目])(?:年度?)?支出(?:总额|总计|合计)?", null)) {
                    fields.put("expenditure_text", new StatedValue(p.written(), p.source(), p.written(), false));
                    figure(p, "expenditure_basic", "基本支出", null);
                    figure(p, "expenditure_project", "项目支出", null);
                    figure(p, "expenditure_balance", "(?:结余结转|结转结余|结余|结转)", null);
                }
            }
            if (t.contains("年初预算项目") && !fields.containsKey("initial_projects_actual")) {
                String after = t.substring(t.lastIndexOf(t.contains("”") ? "”" : "年初预算项目"));
                int offset = t.length() - after.length();
                figureIn(p, after, offset, "initial_projects_adjustment", "(?:年中执行调增|执行调增|调增|年中追加|追加)");
                figureIn(p, after, offset, "initial_projects_actual", "实际支出");
                figureIn(p, after, offset, "initial_projects_carryover", "(?:结余结转|结转结余)");
            }
            if (t.contains("年中追加项目") && !fields.containsKey("midyear_projects_actual")) {
                int at = t.indexOf("年中追加项目");
                String after = t.substring(at);
                figureIn(p, after, at, "midyear_projects_budget", "(?:金额|预算|共)");
                figureIn(p, after, at, "midyear_projects_actual", "实际支出");
                figureIn(p, after, at, "midyear_projects_carryover", "(?:结余结转|结转结余)");
            }
        }

        /**
         * A figure stated right after its words; failing that, the first amount within a few characters
         * after them (a loose reading, marked low confidence).
         */
        private boolean figure(Logical p, String field, String words, String looseWords) {
            return figureIn(p, p.text(), 0, field, words) || looseWords != null && loose(p, field, looseWords);
        }

        private boolean figureIn(Logical p, String text, int offset, String field, String words) {
            Matcher m = Pattern.compile(words + SEP + A).matcher(text);
            if (m.find()) {
                Money money = Money.of(m.group(1), m.group(2), m.start(1), m.end());
                boolean guessed = !money.unitStated();
                put(field, money, p, offset + m.start(1), guessed);
                return true;
            }
            Matcher near = Pattern.compile(words + "[^0-9,，。;；]{1,8}?" + A).matcher(text);
            if (near.find()) {
                Money money = Money.of(near.group(1), near.group(2), near.start(1), near.end());
                put(field, money, p, offset + near.start(1), true);
                return true;
            }
            return false;
        }

        private boolean loose(Logical p, String field, String words) {
            Matcher m = Pattern.compile(words + "[^0-9。]{0,12}?" + A).matcher(p.text());
            if (m.find()) {
                put(field, Money.of(m.group(1), m.group(2), m.start(1), m.end()), p, m.start(1), true);
                return true;
            }
            return false;
        }

        private void put(String field, Money money, Logical p, int at, boolean lowConfidence) {
            CellRef where = p.sourceAt(at);
            fields.put(field, new StatedValue(money.value(), where, p.written(), lowConfidence));
            if (lowConfidence) {
                issues.add(ImportIssue.note(where, ImportText.NOTE_LOOSE_SENTENCE, p.written()));
            }
        }

        /**
         * The projects of the project section: the list of the initial budget's projects with their
         * amounts, then one heading per project with its spending and purpose ("项目支出 9 万元，主要用于…").
         */
        private void projects(List<Logical> ps) {
            List<String[]> listed = new ArrayList<>();
            List<Logical> listedFrom = new ArrayList<>();
            for (Logical p : ps) {
                if (p.text().contains("年初预算项目")) {
                    String t = p.text();
                    int open = t.indexOf('“');
                    int close = t.indexOf('”', Math.max(open, 0));
                    String list = open >= 0 && close > open ? t.substring(open + 1, close) : t.substring(t.indexOf("年初预算项目") + 6);
                    for (String item : list.split("[;；]")) {
                        Matcher m = Pattern.compile("^\\s*(.+?)\\s*" + A + "\\s*[。.]?\\s*$").matcher(item);
                        if (m.find() && !m.group(1).contains("调增")) {
                            listed.add(new String[] {m.group(1), Money.of(m.group(2), m.group(3), 0, 0).value()});
                            listedFrom.add(p);
                        }
                    }
                }
            }
            int seq = 0;
            Logical heading = null;
            for (Logical p : ps) {
                Matcher item = ITEM.matcher(p.text());
                if (item.matches() && item.group(1) != null) {
                    heading = p;
                    continue;
                }
                if (heading == null) {
                    continue;
                }
                Matcher spent = Pattern.compile("^\\s*(?:项目)?(?:支出|实际支出|执行)" + SEP + A + "\\s*[,，]?\\s*(?:主要)?(?:用于)?\\s*(.*)$", Pattern.DOTALL)
                        .matcher(p.text());
                Matcher name = ITEM.matcher(heading.written().strip());
                String projectName = name.matches() ? name.group(3).strip() : heading.written().strip();
                StatedValue actual = null;
                String purpose = "";
                if (spent.find()) {
                    Money m = Money.of(spent.group(1), spent.group(2), 0, 0);
                    actual = new StatedValue(m.value(), p.source(), p.written(), !m.unitStated());
                    purpose = purposeAsWritten(p.written());
                }
                StatedValue budget = null;
                if (seq < listed.size()) {
                    Logical from = listedFrom.get(seq);
                    // paired by order; a list whose length differs from the headings' is a guess
                    budget = new StatedValue(listed.get(seq)[1], from.source(), from.written(), false);
                }
                seq++;
                projects.add(new Narrative.Project(seq, projectName, "initial", budget, actual, null, purpose, heading.source()));
                heading = null;
            }
            if (!listed.isEmpty() && listed.size() != projects.size()) {
                List<Narrative.Project> guessed = new ArrayList<>();
                for (Narrative.Project pr : projects) {
                    StatedValue b = pr.budget() == null ? null : new StatedValue(pr.budget().value(), pr.budget().source(), pr.budget().stated(), true);
                    guessed.add(new Narrative.Project(pr.seq(), pr.name(), pr.kind(), b, pr.actual(), pr.carryover(), pr.purpose(), pr.source()));
                }
                projects.clear();
                projects.addAll(guessed);
            }
        }

        /** The purpose as the report writes it: the text after 主要用于 (or after the amount). */
        private static String purposeAsWritten(String written) {
            int at = written.indexOf("主要用于");
            if (at >= 0) {
                return written.substring(at + 4).strip();
            }
            at = written.indexOf("用于");
            return at >= 0 ? written.substring(at + 2).strip() : written.strip();
        }
    }

    /** The first value of a field, for callers that only need the figure. */
    public static Optional<String> value(Narrative n, String field) {
        StatedValue v = n.reportFields().get(field);
        return v == null ? Optional.empty() : Optional.of(v.value());
    }
}
