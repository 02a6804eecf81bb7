package com.perfdash.importer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The unit code the recognizer gives a unit that prints none, computed here on its own to check it. */
final class PrintedCodes {

    private PrintedCodes() {
    }

    static String of(String unitName) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(unitName.getBytes(StandardCharsets.UTF_8));
            return "u-" + HexFormat.of().formatHex(d).substring(0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
