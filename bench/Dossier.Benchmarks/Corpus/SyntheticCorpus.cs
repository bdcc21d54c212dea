using System.Text;

namespace Dossier.Benchmarks.Corpus;

/// <summary>Generates news-like articles deterministically: headlines, debris, body paragraphs and pasted background blocks.</summary>
/// <remarks>
/// Sentences are slot-filled templates (people, places, organisations, numbers, dates), so two articles share text
/// only where the generator pastes it: a third of the articles paste two to four paragraphs from a shared pool of
/// background paragraphs, and one in ten repeats one of its own paragraphs. Sizes match the sample reports (2–4 KB).
/// </remarks>
public sealed class SyntheticCorpus
{
    private static readonly string[] s_first = ["Anna", "Pavel", "Maria", "John", "Li", "Ahmed", "Sofia", "Kenji", "Olga", "David", "Fatima", "Lukas", "Ines", "Tomas", "Yuki", "Hassan", "Elena", "Marco", "Priya", "Samuel", "Irina", "Omar", "Clara", "Viktor", "Nadia", "Paulo", "Hana", "Erik", "Leila", "Jonas"];
    private static readonly string[] s_last = ["Novak", "Petrov", "Garcia", "Smith", "Wei", "Haddad", "Rossi", "Tanaka", "Ivanova", "Brown", "Khan", "Weber", "Silva", "Horvat", "Sato", "Karimi", "Popescu", "Ricci", "Sharma", "Okafor", "Lindqvist", "Mendes", "Kowalski", "Dubois", "Yilmaz", "Moreau", "Fischer", "Costa", "Nakamura", "Berg"];
    private static readonly string[] s_places = ["Ankara", "Lisbon", "Nairobi", "Warsaw", "Hanoi", "Bogota", "Oslo", "Manila", "Cairo", "Vienna", "Lima", "Accra", "Tbilisi", "Riga", "Dhaka", "Quito", "Baku", "Sofia", "Tunis", "Zagreb", "the northern province", "the border region", "the capital", "the port city", "the eastern districts"];
    private static readonly string[] s_orgs = ["the foreign ministry", "the defence ministry", "the central bank", "the electoral commission", "the interior ministry", "the coast guard", "the national grid operator", "the health agency", "the statistics office", "the prosecutor's office", "the army", "the customs service"];
    private static readonly string[] s_roles = ["foreign minister", "defence minister", "spokesperson", "governor", "senior adviser", "ambassador", "chief prosecutor", "party leader", "mayor", "finance minister"];
    private static readonly string[] s_objects = ["containers", "tonnes of grain", "armoured vehicles", "migrants", "drones", "barrels of oil", "households", "soldiers", "shells", "trucks", "voters", "tonnes of fertiliser"];
    private static readonly string[] s_said = ["said", "told reporters", "said in a statement", "wrote on social media", "told a news conference", "said in an interview", "confirmed", "warned", "claimed", "denied"];
    private static readonly string[] s_topics = ["trade", "energy", "border security", "migration", "fishing rights", "debt relief", "arms control", "water sharing", "air traffic", "telecoms"];
    private static readonly string[] s_states = ["progressing slowly", "on hold", "close to a deal", "stalled over compensation", "expected to resume", "in their final stage"];
    private static readonly string[] s_months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
    private static readonly string[] s_days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
    private static readonly string[] s_hedges = ["", "", "", "up to ", "at least ", "about ", "nearly ", "more than "];
    private static readonly string[] s_debris = ["Edit post", "3 min read", "Share this article", "Most popular", "Advertisement", "Sign up for our newsletter to get the latest updates", "- World"];

    private readonly Random _random;
    private readonly string[] _background;

    public SyntheticCorpus(int seed = 42, int backgroundPool = 300)
    {
        _random = new Random(seed);
        _background = new string[backgroundPool];
        for (int i = 0; i < backgroundPool; i++)
        {
            _background[i] = Paragraph(2 + _random.Next(2));
        }
    }

    /// <summary>The next <paramref name="count"/> articles, generated into memory so that a timed run excludes generation.</summary>
    public byte[][] NextArticles(int count)
    {
        var articles = new byte[count][];
        for (int i = 0; i < count; i++)
        {
            articles[i] = NextArticle();
        }
        return articles;
    }

    /// <summary>The next article as UTF-8 bytes, as a saved .txt page would be.</summary>
    public byte[] NextArticle()
    {
        var sb = new StringBuilder(4000);
        if (_random.Next(4) == 0)
        {
            sb.Append(s_debris[0]).Append('\n');
        }
        sb.Append(Capitalise(Clause())).Append('\n');
        if (_random.Next(3) == 0)
        {
            sb.Append(Pick(s_months)).Append(' ').Append(1 + _random.Next(28)).Append(", ").Append(2015 + _random.Next(10)).Append('\n')
                .Append(s_debris[1]).Append("\n\n");
        }
        int paragraphs = 8 + _random.Next(8);
        var own = new List<string>(paragraphs);
        for (int p = 0; p < paragraphs; p++)
        {
            var text = Paragraph(1 + _random.Next(3));
            own.Add(text);
            sb.Append(text).Append('\n');
        }
        if (_random.Next(3) == 0)
        {
            sb.Append("Background to the story\n");
            int start = _random.Next(_background.Length - 4);
            for (int k = 0, n = 2 + _random.Next(3); k < n; k++)
            {
                sb.Append(_background[start + k]).Append('\n');
            }
        }
        if (_random.Next(10) == 0)
        {
            sb.Append(own[_random.Next(own.Count)]).Append('\n');
        }
        if (_random.Next(3) == 0)
        {
            sb.Append(s_debris[3]).Append('\n').Append(Capitalise(Clause())).Append('\n').Append(Capitalise(Clause())).Append('\n');
        }
        if (_random.Next(2) == 0)
        {
            sb.Append(s_debris[6]);
        }
        return Encoding.UTF8.GetBytes(sb.ToString());
    }

    private string Paragraph(int sentences)
    {
        var sb = new StringBuilder(400);
        for (int s = 0; s < sentences; s++)
        {
            if (s > 0)
            {
                sb.Append(' ');
            }
            switch (_random.Next(4))
            {
                case 0:
                    sb.Append('“').Append(Capitalise(Clause())).Append(",” ").Append(Person()).Append(", the ").Append(Pick(s_roles))
                        .Append(", ").Append(Pick(s_said)).Append(" on ").Append(Pick(s_days)).Append('.');
                    break;
                case 1:
                    sb.Append("According to ").Append(Pick(s_orgs)).Append(", ").Append(Clause()).Append(" between ").Append(Pick(s_months))
                        .Append(' ').Append(1 + _random.Next(28)).Append(" and ").Append(Pick(s_months)).Append(' ').Append(1 + _random.Next(28)).Append('.');
                    break;
                default:
                    sb.Append(Capitalise(Pick(s_roles))).Append(' ').Append(Person()).Append(' ').Append(Pick(s_said)).Append(" that ")
                        .Append(Clause()).Append(", ").Append(Tail()).Append('.');
                    break;
            }
        }
        return sb.ToString();
    }

    private string Clause() => _random.Next(4) switch
    {
        0 => $"{Pick(s_orgs)} had sent {Number()} {Pick(s_objects)} to {Pick(s_places)} since {Pick(s_months)}",
        1 => $"talks between {Pick(s_places)} and {Pick(s_places)} on {Pick(s_topics)} were {Pick(s_states)}",
        2 => $"{Person()} would travel to {Pick(s_places)} in {Pick(s_months)} to discuss {Pick(s_topics)}",
        _ => $"{Number()} {Pick(s_objects)} were moved from {Pick(s_places)} to {Pick(s_places)} last {Pick(s_days)}",
    };

    private string Tail() => _random.Next(3) switch
    {
        0 => $"as reported by {Pick(s_orgs)}",
        1 => $"citing officials in {Pick(s_places)}",
        _ => $"adding that {Pick(s_orgs)} would publish details in {Pick(s_months)}",
    };

    private string Person() => $"{Pick(s_first)} {Pick(s_last)}";

    private string Number() => _random.Next(3) switch
    {
        0 => $"{Pick(s_hedges)}{_random.Next(2, 99)}",
        1 => $"{Pick(s_hedges)}{_random.Next(1, 60) * 50:N0}",
        _ => $"{Pick(s_hedges)}{_random.Next(1, 9)}.{_random.Next(1, 9)} million",
    };

    private string Pick(string[] items) => items[_random.Next(items.Length)];

    private static string Capitalise(string s) => char.ToUpperInvariant(s[0]) + s[1..];
}
