package se.regionkarta.carechoice.model;

/** The principles of a care-choice system under the Act on System of Choice (LOV, 2008:962). */
public enum Principle {
    /** Patients choose their provider. */
    FREE_CHOICE("fritt vårdval för patienten", "patients choose freely"),
    /** Any provider that meets the requirements may establish on the same terms. */
    FREE_ESTABLISHMENT("fri etableringsrätt på lika villkor", "providers may establish on equal terms"),
    /** The patient's choice of unit steers the payment. */
    PAYMENT_FOLLOWS_CHOICE("patientens val styr ersättningen", "the patient's choice steers the payment");

    private final String swedish;
    private final String english;

    Principle(String swedish, String english) {
        this.swedish = swedish;
        this.english = english;
    }

    public String swedish() {
        return swedish;
    }

    public String english() {
        return english;
    }
}
