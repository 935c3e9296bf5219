package fr.observatoire.ingest.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Detects UTF-8 (with or without BOM) against Windows-1252 from the first bytes of a file. */
final class CharsetSniffer {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private CharsetSniffer() {
    }

    static boolean hasBom(byte[] head, int length) {
        return length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
    }

    /** UTF-8 when the bytes decode as UTF-8 (a character cut at the end is allowed), else Windows-1252. */
    static Charset detect(byte[] head, int length, boolean wholeFile) {
        if (hasBom(head, length)) {
            return StandardCharsets.UTF_8;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer out = CharBuffer.allocate(Math.max(16, length));
        CoderResult result = decoder.decode(ByteBuffer.wrap(head, 0, length), out, wholeFile);
        if (result.isError()) {
            return WINDOWS_1252;
        }
        if (wholeFile) {
            try {
                decoder.flush(out);
            } catch (IllegalStateException e) {
                return WINDOWS_1252;
            }
        }
        return StandardCharsets.UTF_8;
    }

    static CharsetDecoder strictDecoder(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

}
