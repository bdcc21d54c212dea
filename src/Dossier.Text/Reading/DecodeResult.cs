namespace Dossier.Text.Reading;

/// <summary>The outcome of decoding a file: its text and encoding, or why it is not text.</summary>
/// <param name="Warning">A problem that did not stop reading (damaged UTF-8), to report with the file name.</param>
public readonly record struct DecodeResult(string? Text, string? Encoding, string? Error, string? Warning)
{
    public bool Success => Text is not null;

    public static DecodeResult Ok(string text, string encoding, string? warning) => new(text, encoding, null, warning);

    public static DecodeResult Fail(string error) => new(null, null, error, null);
}
