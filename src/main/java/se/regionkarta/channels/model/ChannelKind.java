package se.regionkarta.channels.model;

/** How the public reaches a unit. */
public enum ChannelKind {
    WEBSITE("webbplats", "website"),
    SOCIAL_MEDIA("sociala medier", "social media"),
    PHONE("telefon", "phone"),
    CHAT("chatt", "chat");

    private final String swedish;
    private final String english;

    ChannelKind(String swedish, String english) {
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
