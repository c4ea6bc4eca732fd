namespace Dyad.Model;

/// <summary>The names pack files and the web API give role levels: "leader", "minister", "security", "official", "none".</summary>
public static class RoleLevelNames
{
    /// <summary>The names a pack may write, for messages.</summary>
    public const string Known = "leader, minister, security, official, none";

    /// <summary>The level's name; <see cref="RoleLevel.None"/> and any unknown value are "none".</summary>
    public static string ToCode(this RoleLevel level) => level switch
    {
        RoleLevel.Leader => "leader",
        RoleLevel.Minister => "minister",
        RoleLevel.Security => "security",
        RoleLevel.Official => "official",
        _ => "none",
    };

    /// <summary>Reads a level's name (exact, lower case); false for anything but the five names, with <see cref="RoleLevel.None"/>.</summary>
    public static bool TryParse(string? code, out RoleLevel level)
    {
        level = code switch
        {
            "leader" => RoleLevel.Leader,
            "minister" => RoleLevel.Minister,
            "security" => RoleLevel.Security,
            "official" => RoleLevel.Official,
            _ => RoleLevel.None,
        };
        return level != RoleLevel.None || code == "none";
    }
}
