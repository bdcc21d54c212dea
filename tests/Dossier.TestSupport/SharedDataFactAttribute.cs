namespace Dossier.TestSupport;

/// <summary>A fact that needs <c>../shared/data</c>; it is reported as skipped, with the reason, where that folder is missing.</summary>
public sealed class SharedDataFactAttribute : Xunit.FactAttribute
{
    public SharedDataFactAttribute()
    {
        if (RepoPaths.SharedData is null)
        {
            Skip = "skipped: needs ../shared/data (the shared data sets), which this machine does not have";
        }
    }
}
