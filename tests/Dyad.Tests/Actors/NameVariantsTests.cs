using Dyad.Actors;
using Dyad.Packs;

namespace Dyad.Tests.Actors;

public class NameVariantsTests
{
    private static readonly NameVariants World = new(PackLoader.Load(PackLoader.DefaultDirectory).Names);

    [Theory]
    [InlineData("Mohammed bin Salman", "Mohammad bin Salman")]
    [InlineData("Mohammed bin Salman", "Muhammad bin Salman")]
    [InlineData("Ahmed al-Sharaa", "Ahmad al-Sharaa")]
    [InlineData("Ahmed al-Sharaa", "Ahmed Alsharaa")]
    [InlineData("Ahmed al-Sharaa", "Ahmad al-Shara")]
    [InlineData("Asaad al-Shaibani", "Asaad al-Sheibani")]
    [InlineData("Mevlüt Çavuşoğlu", "Mevlut Cavusoglu")]
    [InlineData("Abdel Fattah el-Sisi", "Abdel Fattah al-Sisi")]
    [InlineData("Abdel Fattah el-Sisi", "Abdul Fattah el-Sisi")]
    public void Full_forms_include_other_spellings_of_the_same_name(string name, string form) =>
        Assert.Contains(form, World.Full(name), StringComparer.OrdinalIgnoreCase);

    [Theory]
    [InlineData("Ahmed al-Sharaa", "SYR", "Sharaa")]
    [InlineData("Ahmed al-Sharaa", "SYR", "al-Sharaa")]
    [InlineData("Hakan Fidan", "TUR", "Fidan")]
    [InlineData("Mevlüt Çavuşoğlu", "TUR", "Cavusoglu")]
    [InlineData("Yoon Suk Yeol", "KOR", "Yoon")]
    [InlineData("Yusuf bin Alawi", "OMN", "bin Alawi")]
    public void The_short_form_is_the_surname_or_the_family_name(string name, string actor, string form) =>
        Assert.Contains(form, World.Short(name, actor), StringComparer.OrdinalIgnoreCase);

    [Theory]
    [InlineData("Mohammed bin Salman", "SAU", "Salman")]
    [InlineData("Tamim bin Hamad Al Thani", "QAT", "Thani")]
    [InlineData("Abdullah II", "JOR", "II")]
    [InlineData("Jürgen Stock", "INTERPOL", "Stock")]
    public void A_lineage_a_rank_or_a_common_word_is_no_surname(string name, string actor, string notAlone) =>
        Assert.DoesNotContain(World.Short(name, actor), f => f.Split(' ').Length == 1 && f.EndsWith(notAlone, StringComparison.OrdinalIgnoreCase));

    [Theory]
    [InlineData("Abdullah II", "JOR", "King Abdullah")]
    [InlineData("Tamim bin Hamad", "QAT", "Sheikh Tamim")]
    [InlineData("Haitham bin Tariq", "OMN", "Sultan Haitham")]
    public void A_ruler_is_also_named_by_title_and_given_name(string name, string actor, string form) =>
        Assert.Contains(form, World.Short(name, actor), StringComparer.OrdinalIgnoreCase);

    // Given names as the pack's own first words provide them: "Manuel" and "Carlos" are given names, "Rodriguez" is not.
    private static readonly NameVariants Spanish = new(PackLoader.Load(PackLoader.DefaultDirectory).Names, ["Manuel", "Carlos", "Bruno", "Enrique"]);

    [Theory]
    [InlineData("Bruno Rodriguez Parrilla", "CUB", "Bruno Rodriguez")]
    [InlineData("Otto Perez Molina", "GTM", "Otto Perez")]
    public void A_name_with_two_surnames_is_also_written_without_the_mothers(string name, string actor, string form) =>
        Assert.Contains(form, Spanish.FatherOnly(name, actor), StringComparer.OrdinalIgnoreCase);

    [Theory]
    [InlineData("Juan Manuel Santos", "COL")]
    [InlineData("Juan Carlos Varela", "PAN")]
    [InlineData("Juan Ramon de la Fuente", "MEX")]
    [InlineData("Bruno Rodriguez Parrilla", "FRA")]
    public void A_given_name_a_particle_or_another_custom_is_no_second_surname(string name, string actor) =>
        Assert.Empty(Spanish.FatherOnly(name, actor));

    [Theory]
    [InlineData("Enrique Pena Nieto", "MEX", "Pena Nieto")]
    [InlineData("Bruno Rodriguez Parrilla", "CUB", "Rodriguez")]
    public void The_short_form_of_a_name_with_two_surnames_is_the_surnames_or_the_fathers(string name, string actor, string form) =>
        Assert.Contains(form, Spanish.Short(name, actor), StringComparer.OrdinalIgnoreCase);

    [Fact]
    public void A_ruler_is_named_in_full_after_a_title() =>
        Assert.Contains("King Abdullah II", World.Titled("Abdullah II"), StringComparer.OrdinalIgnoreCase);

    [Fact]
    public void A_ruling_familys_member_is_a_sheikh_with_given_and_family_name_and_no_king()
    {
        Assert.Contains("Sheikh Salem al-Sabah", World.Short("Salem Abdullah Al-Jaber Al-Sabah", "KWT"), StringComparer.OrdinalIgnoreCase);
        Assert.Contains("Sheikh Salem Abdullah Al-Jaber Al-Sabah", World.Titled("Salem Abdullah Al-Jaber Al-Sabah"));
        Assert.DoesNotContain("King Salem Abdullah Al-Jaber Al-Sabah", World.Titled("Salem Abdullah Al-Jaber Al-Sabah"));
        Assert.DoesNotContain("Emir Salem al-Sabah", World.Short("Salem Abdullah Al-Jaber Al-Sabah", "KWT"), StringComparer.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_given_name_of_two_words_leaves_no_forebear_to_drop()
    {
        Assert.DoesNotContain("Abdel el-Sisi", World.Short("Abdel Fattah el-Sisi", "EGY"), StringComparer.OrdinalIgnoreCase);
        Assert.Empty(World.Titled("Abdel Fattah el-Sisi"));
        Assert.Contains("Omar al-Bashir", World.Short("Omar Hassan al-Bashir", "SDN"), StringComparer.OrdinalIgnoreCase);
    }
}
