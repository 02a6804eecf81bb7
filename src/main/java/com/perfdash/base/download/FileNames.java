package com.perfdash.base.download;

/** Download file names: Chinese is fine, characters a file system refuses are not. */
public final class FileNames {

    private FileNames() {
    }

    /** {@code what（scope）}, or {@code what} alone when the scope is null or blank (the whole district). */
    public static String withScope(String what, String scope) {
        return scope == null || scope.isBlank() ? what : what + "（" + scope.strip() + "）";
    }

    /** Drops "/" (街道/镇 becomes 街道镇) and replaces the other characters Windows refuses with "_". */
    public static String safe(String name) {
        String s = name == null ? "" : name.replace("/", "").replaceAll("[\\\\:*?\"<>|\\p{Cntrl}]", "_").strip();
        return s.isEmpty() ? "download" : s;
    }
}
