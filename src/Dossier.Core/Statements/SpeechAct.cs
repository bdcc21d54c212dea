namespace Dossier.Core.Statements;

/// <summary>What the speaker does with the claim.</summary>
public enum SpeechAct : byte
{
    Assert,
    Predict,
    Deny,
    Doubt,
    Condemn,
    Believe,
    Accuse,
    Confirm,
    Warn,

    /// <summary>Declined or refused to speak: "declined to comment", "did not respond to a request for comment".</summary>
    Decline,
}
