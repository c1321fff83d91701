package chipsim.runner.classroom;

import java.security.SecureRandom;
import java.util.HexFormat;

/** Secrets of a class: 128-bit tokens for seats and the teacher, one-time tickets, the room code. */
final class Tokens {

    /** No 0/O, 1/I/L: a room code is read off a projector and typed on a phone. */
    private static final String ROOM_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    private final SecureRandom random = new SecureRandom();

    /** 128 random bits as 32 hex digits. */
    synchronized String token() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    synchronized String roomCode() {
        StringBuilder code = new StringBuilder(6);
        for (int i = 0; i < 6; i++) {
            code.append(ROOM_ALPHABET.charAt(random.nextInt(ROOM_ALPHABET.length())));
        }
        return code.toString();
    }

    /** Compares secrets in constant time, so a guess learns nothing from how long the refusal took. */
    static boolean same(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        return java.security.MessageDigest.isEqual(a.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                b.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
