using Dossier.Core;
using Dossier.Core.Statements;
using Dossier.Statements.Lexicon;

namespace Dossier.Statements.Attribution;

/// <summary>An attribution found by the rules, before speakers are resolved: token ranges for source, cue and content.</summary>
internal sealed class AttributionDraft
{
    public int Unit;
    public int Paragraph;
    public int CueFirst;
    public int CueEnd;
    public int SourceFirst = -1;
    public int SourceEnd = -1;
    public TextSpan Content;
    public SpeechAct Act;
    public CueClass Class;
    public Certainty Hedge;
    public string? Appositive;
    public string? RolePrefix;
    public bool Trailing;
    public bool Passive;
    public bool Orphan;
    public bool PresentReport;
    /// <summary>The cue names its hearers ("told analysts"), so a call or briefing was not with unnamed reporters.</summary>
    public bool HasListener;
    public int NestedIn = -1;
    public int Coordinated = -1;
    public string? CitedBy;
    public TextSpan CitedBySpan;
    public readonly List<Relay> Relays = [];

    /// <summary>The form the words took when no outlet carries them ("said in a statement"), or null.</summary>
    public string? Medium;
    public Speaker? Speaker;
    public bool SpeakerIsPress;
    public bool SpeakerIsPerson;

    public bool HasSource => SourceFirst >= 0 && SourceEnd > SourceFirst;
}
