package kz.gov.tsa.payment.domain;

import java.util.List;

/** How many applications (families, people) await a decision, per region and quarter. */
public record PipelineSummary(List<Line> lines) {

    public PipelineSummary {
        lines = List.copyOf(lines);
    }

    public record Line(String regionCode, String quarter, long families, long people) {
    }

    public long totalFamilies() {
        return lines.stream().mapToLong(Line::families).sum();
    }

    public long totalPeople() {
        return lines.stream().mapToLong(Line::people).sum();
    }
}
