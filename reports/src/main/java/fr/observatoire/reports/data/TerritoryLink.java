package fr.observatoire.reports.data;

/** A territory nested in another one: the child's counts add up into the parent's. */
public record TerritoryLink(String childLevel, String childCode, String parentLevel, String parentCode) {
}
