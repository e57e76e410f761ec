package org.presto.driver.emulator.graph;

/** Great-circle distance on a spherical earth (haversine); good to about 0.5 %, plenty for fibre-length estimates. */
public final class GreatCircle {
    private static final double MEAN_EARTH_RADIUS_KM = 6371.0088;

    private GreatCircle() {
    }

    public static double distanceKm(Site a, Site b) {
        if (!a.hasPosition() || !b.hasPosition()) {
            throw new IllegalArgumentException("both sites need a position");
        }
        double lat1 = Math.toRadians(a.latitude());
        double lat2 = Math.toRadians(b.latitude());
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(b.longitude() - a.longitude());
        double h = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(lat1) * Math.cos(lat2) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * MEAN_EARTH_RADIUS_KM * Math.asin(Math.min(1.0, Math.sqrt(h)));
    }
}
