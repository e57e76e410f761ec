package org.presto.driver.emulator.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class GreatCircleTest {
    @Test
    void londonToParisIsAbout343Km() {
        Site london = new Site("London", 51.5, -0.12);
        Site paris = new Site("Paris", 48.85, 2.35);
        assertEquals(343, GreatCircle.distanceKm(london, paris), 2);
        assertEquals(GreatCircle.distanceKm(london, paris), GreatCircle.distanceKm(paris, london), 1e-9);
    }

    @Test
    void samePlaceIsZero() {
        Site here = new Site("here", 10.0, 20.0);
        assertEquals(0, GreatCircle.distanceKm(here, here), 1e-9);
    }
}
