package kz.gov.tsa.suite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Demo reference data of the local run only (never seeded, never in tests): from 2025 the poverty
 * line needs the regional median income (AMD-01), which has no public source yet, so a decision in
 * the current quarter would be refused with 422. The local run publishes, as {@code admin1} through
 * the API, a DEMO poverty line for the current quarter of every region that has none: 70 % of the
 * national subsistence minimum of the year, the floor of the 2025 method — clearly marked as demo.
 */
final class DemoReferenceData {

    private static final ObjectMapper JSON = new ObjectMapper();

    private DemoReferenceData() {
    }

    /** Returns how many regions got a demo line. */
    static int publishDemoPovertyLines(String eligibilityUrl, String adminToken) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Almaty"));
        String quarter = today.getYear() + "-Q" + ((today.getMonthValue() - 1) / 3 + 1);
        JsonNode regions = JSON.readTree(send(http, HttpRequest.newBuilder(URI.create(eligibilityUrl + "/api/v1/reference/regions")),
                adminToken).body());
        int published = 0;
        for (JsonNode region : regions) {
            String code = region.path("code").asText(region.path("regionCode").asText());
            String url = eligibilityUrl + "/api/v1/reference/poverty-lines/" + code + "/" + quarter;
            if (send(http, HttpRequest.newBuilder(URI.create(url)), adminToken).statusCode() == 200) {
                continue; // a line exists (published or by method): leave it
            }
            // 70 % of the national SM 2026 (50 851, budget law) = 35 595.70
            String body = """
                    {"amount": 35595.70, "source": "DEMO figure of the local run (./tsa up): 70 %% of the 2026 national subsistence minimum; not an official publication",
                     "reason": "demo data so that %s applications can be decided locally (median income is not entered)"}"""
                    .formatted(quarter);
            HttpResponse<String> r = send(http, HttpRequest.newBuilder(URI.create(url))
                    .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)), adminToken);
            if (r.statusCode() / 100 == 2) {
                published++;
            }
        }
        return published;
    }

    private static HttpResponse<String> send(HttpClient http, HttpRequest.Builder request, String token)
            throws IOException, InterruptedException {
        return http.send(request.header("Authorization", "Bearer " + token).header("Accept-Language", "en").build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
