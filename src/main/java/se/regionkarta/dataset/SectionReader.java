package se.regionkarta.dataset;

import se.regionkarta.dataset.model.FactKind;

/**
 * Reads the entries of one feature's sections of the data files into facts. Each feature has one
 * ({@code PoliticsSections}, {@code RegistrySections}, …); which reads which kind is said in one
 * switch in the composition root ({@code se.regionkarta.SectionReaders}), so that a new kind of
 * fact cannot be forgotten there.
 */
@FunctionalInterface
public interface SectionReader {

    /**
     * Reads one entry of a section (a YAML mapping, or a row of a CSV file of that section) and
     * adds the facts it holds to {@code out}.
     *
     * @throws se.regionkarta.input.BadInput when a value cannot be read; the entry's facts are then left out
     *     and the other entries still read, so that one run shows every problem
     */
    void read(FactKind section, Entry entry, Facts out);

    /** Where a reader puts the facts it reads. */
    interface Facts {

        /** Adds a fact read from an entry (which says where it was written). */
        void add(se.regionkarta.provenance.model.Identified fact, Entry from);

        /**
         * Reads an entry nested in another (a unit under a unit, a role under a person) so that its
         * failure is reported at its own line and its siblings are still read.
         */
        void nested(FactKind section, Entry entry, Runnable read);

        /** Notes that a unit's parent link was implied (nesting or {@code parent:}), not dated by the editor. */
        void impliedLink(String unitId);
    }
}
