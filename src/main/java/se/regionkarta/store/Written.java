package se.regionkarta.store;
// STUB-FOR-COMPILE
import java.util.List;
public record Written(List<Long> seqs, long generation) { }
