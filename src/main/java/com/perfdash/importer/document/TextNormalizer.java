package com.perfdash.importer.document;

import java.text.Normalizer;
import java.util.Map;

/**
 * Text as the parsers compare it: NFKC (full-width digits, letters and punctuation to their plain forms,
 * Kangxi radicals to the ideographs they look like) plus the CJK radical supplement look-alikes that
 * PDF fonts put in place of common characters and NFKC leaves alone. Only for reading figures: what a
 * document says is stored as written.
 */
public final class TextNormalizer {

    /** CJK Radicals Supplement (U+2E80–U+2EFF) forms without a compatibility mapping, to their ideographs. */
    private static final Map<Character, Character> RADICALS = Map.ofEntries(
            Map.entry('\u2E8B', '卩'), Map.entry('\u2E8C', '小'), Map.entry('\u2E8D', '小'), Map.entry('\u2E97', '心'),
            Map.entry('\u2E9C', '日'), Map.entry('\u2EA0', '民'), Map.entry('\u2EA7', '牛'), Map.entry('\u2EAA', '疋'),
            Map.entry('\u2EAE', '竹'), Map.entry('\u2EB2', '罒'), Map.entry('\u2EB9', '耂'), Map.entry('\u2EBC', '月'),
            Map.entry('\u2EC1', '虎'), Map.entry('\u2EC4', '西'), Map.entry('\u2EC5', '见'), Map.entry('\u2EC6', '角'),
            Map.entry('\u2EC8', '讠'), Map.entry('\u2ECB', '车'), Map.entry('\u2ECF', '阝'), Map.entry('\u2ED3', '长'),
            Map.entry('\u2ED4', '门'), Map.entry('\u2ED5', '阝'), Map.entry('\u2ED6', '阝'), Map.entry('\u2EDA', '页'),
            Map.entry('\u2EDB', '风'), Map.entry('\u2EDC', '飞'), Map.entry('\u2EDD', '食'), Map.entry('\u2EDF', '饣'),
            Map.entry('\u2EE2', '马'), Map.entry('\u2EE3', '骨'), Map.entry('\u2EE4', '鬼'), Map.entry('\u2EE5', '鱼'),
            Map.entry('\u2EE6', '鸟'), Map.entry('\u2EE9', '黄'), Map.entry('\u2EEA', '黾'), Map.entry('\u2EEC', '齐'),
            Map.entry('\u2EEE', '齿'), Map.entry('\u2EF0', '龙'), Map.entry('\u2EF3', '龟'));

    private TextNormalizer() {
    }

    /** NFKC, the radical look-alikes, the ideographic space and no-break space as a space. */
    public static String normalize(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            Character mapped = RADICALS.get(c);
            out.append(mapped != null ? mapped : c == '\u3000' || c == '\u00a0' ? ' ' : c);
        }
        return out.toString();
    }
}
