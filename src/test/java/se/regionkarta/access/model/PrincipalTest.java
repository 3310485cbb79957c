package se.regionkarta.access.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Who may change which facts: the rule every write will ask (issue 12). */
class PrincipalTest {

    private static final Set<String> REGIONS = Set.of("kalmar", "halland", "skane", "stockholm");

    @Test
    @DisplayName("an editor of Region Halland may change Halland's facts, not Kalmar's, and no national fact")
    void editorOfOneRegion() {
        Principal halland = new Principal("bo", Set.of(Role.EDITOR), Set.of("halland"), Via.SESSION);

        assertThat(halland.mayEdit("halland")).isTrue();
        assertThat(halland.mayEdit("kalmar")).isFalse();
        assertThat(halland.mayEdit(null)).isFalse();
        assertThat(halland.mayAdminister()).isFalse();
    }

    @Test
    @DisplayName("a national editor changes national facts and no region's; an administrator administers and edits nothing")
    void nationalAndAdmin() {
        Principal national = new Principal("nat", Set.of(Role.NATIONAL_EDITOR), Set.of(), Via.API_TOKEN);
        Principal admin = new Principal("adm", Set.of(Role.ADMIN), Set.of(), Via.SESSION);

        assertThat(national.mayEdit(null)).isTrue();
        assertThat(national.mayEdit("kalmar")).isFalse();
        assertThat(admin.mayAdminister()).isTrue();
        assertThat(admin.mayEdit(null)).isFalse();
        assertThat(admin.mayEdit("kalmar")).isFalse();
    }

    @Test
    @DisplayName("an anonymous reader changes nothing, and reads as 'reader'")
    void anonymous() {
        assertThat(Principal.ANONYMOUS.isAnonymous()).isTrue();
        assertThat(Principal.ANONYMOUS.mayEdit(null)).isFalse();
        assertThat(Principal.ANONYMOUS.mayEdit("kalmar")).isFalse();
        assertThat(Principal.ANONYMOUS.roleCodes()).containsExactly("reader");
        assertThatThrownBy(() -> new Principal(null, Set.of(), Set.of(), Via.SESSION)).isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    @Label("a principal may edit a region exactly when it is an editor given that region, and a national fact exactly when it is a national editor")
    void mayEditOnlyWhatItIsGiven(@ForAll("roles") Set<Role> roles, @ForAll("regions") Set<String> regions,
            @ForAll("regionOrNational") String region) {
        Principal p = new Principal("x", roles, regions, Via.OPENID_CONNECT);

        boolean expected = region.isEmpty() ? roles.contains(Role.NATIONAL_EDITOR)
                : roles.contains(Role.EDITOR) && regions.contains(region);
        assertThat(p.mayEdit(region.isEmpty() ? null : region)).isEqualTo(expected);
        assertThat(p.mayAdminister()).isEqualTo(roles.contains(Role.ADMIN));
    }

    @Property
    @Label("giving a principal more regions or roles never takes a right away")
    void moreIsNeverLess(@ForAll("roles") Set<Role> roles, @ForAll("regions") Set<String> regions,
            @ForAll("roles") Set<Role> moreRoles, @ForAll("regions") Set<String> moreRegions,
            @ForAll("regionOrNational") String region) {
        Principal p = new Principal("x", roles, regions, Via.SESSION);
        Set<Role> allRoles = EnumSet.noneOf(Role.class);
        allRoles.addAll(roles);
        allRoles.addAll(moreRoles);
        Set<String> allRegions = new java.util.HashSet<>(regions);
        allRegions.addAll(moreRegions);
        Principal more = new Principal("x", allRoles, allRegions, Via.SESSION);
        String r = region.isEmpty() ? null : region;

        assertThat(!p.mayEdit(r) || more.mayEdit(r)).isTrue();
    }

    @Provide
    Arbitrary<Set<Role>> roles() {
        return Arbitraries.of(Role.class).set();
    }

    @Provide
    Arbitrary<Set<String>> regions() {
        return Arbitraries.of(REGIONS).set();
    }

    @Provide
    Arbitrary<String> regionOrNational() {
        return Arbitraries.oneOf(Arbitraries.of(REGIONS), Arbitraries.just(""), Arbitraries.of("blekinge"));
    }
}
