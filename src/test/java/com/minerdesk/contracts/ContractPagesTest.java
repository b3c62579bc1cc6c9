package com.minerdesk.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.minerdesk.testing.DemoSiteWithEditor;
import java.net.http.HttpResponse;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The public contract pages over the demo's sample contracts: table, totals, filter, order, history, links, CSV. */
class ContractPagesTest extends DemoSiteWithEditor {

    static Document page(String path) {
        HttpResponse<String> r = app.get(path);
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return Jsoup.parse(r.body());
    }

    static List<String> refs(Document d) {
        return d.select("#contracts-table + div table tbody th[scope=row]").eachText();
    }

    static Element rowOf(Document d, String tableHeading, String key) {
        return d.select("#" + tableHeading + " ~ div table tbody tr").stream()
                .filter(tr -> tr.selectFirst("th").text().equals(key)).findFirst().orElseThrow(() -> new AssertionError(key));
    }

    @Test
    void tableShowsEachContractsCurrentVersionMarkedSample() {
        Document d = page("/contracts");
        assertEquals(7, refs(d).size(), refs(d).toString());
        Element corz = d.select("tbody tr").stream().filter(tr -> tr.text().startsWith("CORZ-CRWV-2024")).findFirst().orElseThrow();
        // the restated (second) version counts: 500 MW and $8.70B, not 200 MW and $3.50B
        assertTrue(corz.text().contains("Energizing") && corz.text().contains("500 MW") && corz.text().contains("$8.70B"), corz.text());
        assertEquals("sample", corz.selectFirst(".source").text());
        Element apld = d.select("tbody tr").stream().filter(tr -> tr.text().startsWith("APLD-HYPER-PF2")).findFirst().orElseThrow();
        assertTrue(apld.text().contains("not reported"), "no term given: " + apld.text());
    }

    @Test
    void totalsByCompanyAndStatusSumTheCurrentVersions() {
        Document d = page("/contracts");
        Element apld = rowOf(d, "by-company", "APLD");
        assertEquals("2", apld.select("td").get(0).text());
        assertEquals("600 MW", apld.select("td").get(1).text(), "400 MW (restated from 250) + 200 MW");
        assertEquals("not reported", apld.select("td").get(2).text(), "no gross MW reported");
        assertEquals("$16.00B", apld.select("td").get(3).text());
        Element signed = rowOf(d, "by-status", "Signed");
        assertEquals("5", signed.select("td").get(0).text());
        assertEquals("1,168 MW", signed.select("td").get(1).text(), "400 + 200 + 168 + 200 + 200");
        assertEquals(List.of("Announced", "Signed", "Energizing"),
                d.select("#by-status ~ div table tbody th").eachText(), "in a deal's order");
    }

    @Test
    void filterAndOrderAreInTheAddress() {
        assertEquals(List.of("CIFR-AWS-2025"), refs(page("/contracts?status=announced")));
        assertEquals("APLD-CRWV-PF1", refs(page("/contracts?sort=value")).get(0), "$11B first");
        assertEquals("CIFR-FLUID-2025", refs(page("/contracts?status=signed&sort=it_mw")).get(4), "168 MW last of the signed");
        Document d = page("/contracts?status=signed");
        assertEquals("/contracts?status=signed&sort=value", d.select("thead a").stream()
                .filter(a -> a.text().equals("Contract value")).findFirst().orElseThrow().attr("href"));
        assertEquals(400, app.get("/contracts?status=rumoured").statusCode());
        assertEquals(400, app.get("/contracts?sort=colour").statusCode());
    }

    @Test
    void contractPageShowsItsStatusHistoryAndPivotEvent() {
        Document d = page("/contracts/CORZ-CRWV-2024");
        List<String> versions = d.select("#history ~ div table tbody tr").eachText();
        assertEquals(2, versions.size(), versions.toString());
        assertTrue(versions.get(0).startsWith("2 (current) Energizing") && versions.get(0).contains("500 MW"), versions.get(0));
        assertTrue(versions.get(1).startsWith("1 Signed") && versions.get(1).contains("200 MW")
                && versions.get(1).contains("$3.50B"), versions.get(1));
        Element pivot = d.select("dt:contains(Pivot event) + dd a").first();
        assertNotNull(pivot, d.text());
        assertTrue(pivot.attr("href").startsWith("/pivots?company=CORZ#pivot-"), pivot.attr("href"));
        String anchor = pivot.attr("href").substring(pivot.attr("href").indexOf('#') + 1);
        Document pivots = page("/pivots?company=CORZ");
        Element event = pivots.getElementById(anchor);
        assertNotNull(event, "the linked event is on the pivots page");
        assertEquals("CORZ-CRWV-2024", event.parent().selectFirst(".event-contracts a").text(), "and links back");

        HttpResponse<String> lower = app.get("/contracts/corz-crwv-2024");
        assertEquals(301, lower.statusCode());
        assertEquals("/contracts/CORZ-CRWV-2024", lower.headers().firstValue("Location").orElseThrow());
        assertEquals(404, app.get("/contracts/NO-SUCH-DEAL").statusCode());
    }

    @Test
    void deletingALinkedPivotEventKeepsTheContractWithoutTheLink() {
        long pivot = app.db.dsl().select(com.minerdesk.db.generated.Tables.CONTRACTS.PIVOT_EVENT_ID)
                .from(com.minerdesk.db.generated.Tables.CONTRACTS)
                .where(com.minerdesk.db.generated.Tables.CONTRACTS.REF.eq("CIFR-AWS-2025")).fetchSingle().value1();
        HttpResponse<String> r = editor.post("/editor/pivots/" + pivot + "/delete", java.util.Map.of("confirm", "yes"));
        assertEquals(303, r.statusCode(), r.body());
        Document d = page("/contracts/CIFR-AWS-2025");
        assertTrue(d.select("dt:contains(Pivot event)").isEmpty(), d.text());
        assertTrue(d.text().contains("Amazon Web Services"));
    }

    @Test
    void companyPageHasAContractsSection() {
        Document d = page("/companies/IREN");
        Element section = d.selectFirst("section.company-contracts");
        assertNotNull(section);
        assertEquals("AI/HPC contracts of IREN", section.selectFirst("h2").text());
        assertTrue(section.text().contains("Microsoft: Signed 3 Nov 2025, 200 MW critical IT, $9.70B (sample)"), section.text());
        assertEquals("/contracts/IREN-MSFT-2025", section.selectFirst("li a").attr("href"));
        assertTrue(page("/companies/MARA").selectFirst("section.company-contracts").text().contains("No AI/HPC contract"));
    }

    @Test
    void theWeekFeedMentionsContractsAnnouncedOrChangingStatusThatWeek() {
        String feed = app.get("/weeks/feed.xml").body();
        int week = feed.indexOf("Week ending 7 Nov 2025");
        assertTrue(week > 0, feed);
        String entry = feed.substring(week, feed.indexOf("</item>", week));
        assertTrue(entry.contains("AI/HPC contracts: CIFR with Amazon Web Services (new: announced); "
                + "IREN with Microsoft (new: signed)."), entry);
        assertTrue(entry.contains("/contracts/IREN-MSFT-2025"), entry);
        int other = feed.indexOf("Week ending 14 Nov 2025");
        assertFalse(feed.substring(other, feed.indexOf("</item>", other)).contains("AI/HPC contracts"), "a week without any");
    }

    @Test
    void csvHasTheImportHeaderAndOneLinePerContract() {
        HttpResponse<String> r = app.get("/contracts.csv");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("text/csv"));
        List<String> lines = r.body().lines().toList();
        assertEquals(String.join(",", ContractCsv.HEADER), lines.get(0));
        assertEquals(8, lines.size());
        assertTrue(lines.contains("IREN-MSFT-2025,IREN,Microsoft,signed,2025-11-03,\"Childress, Texas\",200,,5,9700000000,,,,,,"),
                r.body());
        assertFalse(r.body().contains("3500000000"), "the current versions only");
    }
}
