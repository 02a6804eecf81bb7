package com.perfdash.importer;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a CSV file's bytes: UTF-8 (a byte order mark is skipped), or, when the bytes are not valid
 * UTF-8, GB18030 — the superset of GBK that Excel and WPS on Chinese Windows save "CSV" in.
 */
final class TextDecoding {

    static final Charset GB18030 = Charset.forName("GB18030");

    private TextDecoding() {
    }

    /** The text and how it was decoded. */
    record Decoded(String text, boolean bom, boolean gb18030) {
    }

    static Decoded decode(byte[] bytes) {
        boolean bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
        int offset = bom ? 3 : 0;
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
            return new Decoded(text, bom, false);
        } catch (CharacterCodingException e) {
            return new Decoded(new String(bytes, GB18030), false, true);
        }
    }
}
