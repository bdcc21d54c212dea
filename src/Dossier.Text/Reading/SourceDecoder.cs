using System.Buffers;
using System.Text;

namespace Dossier.Text.Reading;

/// <summary>Turns raw bytes into text: BOMs first, then strict UTF-8, then Windows-1252.</summary>
/// <remarks>
/// Windows-1252 is decoded with our own table (Latin-1 plus the 0x80–0x9F punctuation block), which
/// avoids registering a process-wide code-page provider.
/// </remarks>
public static class SourceDecoder
{
    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly char[] s_cp1252High =
    [
        '\u20AC', '\uFFFD', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021',
        '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\uFFFD', '\u017D', '\uFFFD',
        '\uFFFD', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014',
        '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\uFFFD', '\u017E', '\u0178',
    ];

    /// <summary>The C0 control bytes that count against text; tab, line ends, form feed and escape are allowed.</summary>
    private static readonly SearchValues<byte> s_countedControls = SearchValues.Create(
        [1, 2, 3, 4, 5, 6, 7, 8, 11, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 28, 29, 30, 31]);

    /// <summary>Decodes <paramref name="bytes"/>, or explains why they are not text.</summary>
    public static DecodeResult Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length == 0)
        {
            return DecodeResult.Fail("empty file");
        }
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            return DecodeUtf8(bytes[3..], "utf-8-bom");
        }
        if (bytes.Length >= 4 && bytes[0] == 0xFF && bytes[1] == 0xFE && bytes[2] == 0 && bytes[3] == 0)
        {
            return DecodeWith(new UTF32Encoding(bigEndian: false, byteOrderMark: false, throwOnInvalidCharacters: true), bytes[4..], "utf-32le");
        }
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            return DecodeWith(new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), bytes[2..], "utf-16le");
        }
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            return DecodeWith(new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), bytes[2..], "utf-16be");
        }
        if (LooksBinary(bytes))
        {
            return DecodeResult.Fail("binary file (NUL or control bytes), not text");
        }
        return DecodeUtf8(bytes, "utf-8");
    }

    private static DecodeResult DecodeUtf8(ReadOnlySpan<byte> bytes, string name)
    {
        try
        {
            return DecodeResult.Ok(s_strictUtf8.GetString(bytes), name, warning: null);
        }
        catch (DecoderFallbackException ex)
        {
            // Valid multi-byte sequences elsewhere mean the file is UTF-8 with damage, not a legacy encoding.
            if (HasValidMultiByteUtf8(bytes))
            {
                int at = ex.Index;
                return DecodeResult.Ok(Encoding.UTF8.GetString(bytes), name,
                    $"invalid UTF-8 near byte {at}; the bad bytes were replaced with U+FFFD");
            }
            return DecodeResult.Ok(DecodeWindows1252(bytes), "windows-1252", warning: null);
        }
    }

    private static DecodeResult DecodeWith(Encoding encoding, ReadOnlySpan<byte> bytes, string name)
    {
        try
        {
            return DecodeResult.Ok(encoding.GetString(bytes), name, warning: null);
        }
        catch (DecoderFallbackException)
        {
            return DecodeResult.Fail($"invalid {name} despite its byte-order mark");
        }
    }

    public static string DecodeWindows1252(ReadOnlySpan<byte> bytes)
    {
        return string.Create(bytes.Length, bytes.ToArray(), static (chars, source) =>
        {
            for (int i = 0; i < source.Length; i++)
            {
                byte b = source[i];
                chars[i] = b is >= 0x80 and <= 0x9F ? s_cp1252High[b - 0x80] : (char)b;
            }
        });
    }

    /// <summary>NUL bytes, or many C0 control bytes, in the first 8 KiB mean the file is not text.</summary>
    public static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..Math.Min(bytes.Length, 8192)];
        if (head.IndexOf((byte)0) >= 0)
        {
            return true;
        }
        int first = head.IndexOfAny(s_countedControls);
        if (first < 0)
        {
            return false;
        }
        int controls = 0;
        foreach (byte b in head[first..])
        {
            if (b < 0x20 && b is not ((byte)'\n' or (byte)'\r' or (byte)'\t' or 0x0C or 0x1B))
            {
                controls++;
            }
        }
        return controls > head.Length / 20 + 1;
    }

    private static bool HasValidMultiByteUtf8(ReadOnlySpan<byte> bytes)
    {
        for (int i = 0; i + 1 < bytes.Length; i++)
        {
            byte b = bytes[i];
            if (b is >= 0xC2 and <= 0xDF && (bytes[i + 1] & 0xC0) == 0x80)
            {
                return true;
            }
            if (b is >= 0xE0 and <= 0xEF && i + 2 < bytes.Length && (bytes[i + 1] & 0xC0) == 0x80 && (bytes[i + 2] & 0xC0) == 0x80)
            {
                return true;
            }
        }
        return false;
    }
}
