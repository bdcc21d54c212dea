using System.Text;

namespace Dossier.Text.Normalization;

/// <summary>Folds layout white space, for comparing or storing text whose line breaks and indentation do not matter.</summary>
public static class Whitespace
{
    /// <summary>Every run of white space becomes one space; leading and trailing white space goes.</summary>
    public static string Collapse(string text)
    {
        var sb = new StringBuilder(text.Length);
        bool space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }
            if (space)
            {
                sb.Append(' ');
                space = false;
            }
            sb.Append(c);
        }
        return sb.ToString();
    }
}
