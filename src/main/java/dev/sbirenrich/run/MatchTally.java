package dev.sbirenrich.run;


/** Awards in one bucket of a breakdown and how many of them got a recipient attached. */
public class MatchTally {
    public long awards;
    public long matched;

    public MatchTally() {}

    public void add(boolean isMatched) {
        awards++;
        if (isMatched) {
            matched++;
        }
    }

    public double rate() {
        return awards == 0 ? 0.0 : (double) matched / awards;
    }
}
