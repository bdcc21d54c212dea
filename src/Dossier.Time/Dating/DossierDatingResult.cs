using Dossier.Core.Time;

namespace Dossier.Time.Dating;

/// <summary>The window given to one undated article from the dossier, and the shared text it rests on.</summary>
public sealed record DossierDatingResult(string DocumentId, PublicationWindow Window, IReadOnlyList<SharedTextEvidence> Evidence);
