package chipsim.market.protocol;

import akka.actor.typed.ActorRef;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Who is who in one run: every participant's ref by id, and the ids playing each role. Roles are
 * plain names here ("washington", "buyer"), so the market vocabulary stays free of agent types.
 *
 * @param idsByRole derived from {@code roleById}: every agent looks up the market, Beijing and
 *                  others by role each quarter, and a scan of all participants per look-up made
 *                  a run's time grow with the square of the number of agents
 */
public record Directory(SortedMap<String, ActorRef<AgentCommand>> refsById, SortedMap<String, String> roleById,
        Map<String, List<String>> idsByRole) {

    public Directory {
        refsById = Collections.unmodifiableSortedMap(new TreeMap<>(refsById));
        roleById = Collections.unmodifiableSortedMap(new TreeMap<>(roleById));
        idsByRole = index(roleById);
    }

    public Directory(SortedMap<String, ActorRef<AgentCommand>> refsById, SortedMap<String, String> roleById) {
        this(refsById, roleById, Map.of());
    }

    private static Map<String, List<String>> index(SortedMap<String, String> roleById) {
        Map<String, List<String>> ids = new HashMap<>();
        roleById.forEach((id, role) -> ids.computeIfAbsent(role, r -> new ArrayList<>()).add(id));
        ids.replaceAll((role, list) -> List.copyOf(list));
        return Collections.unmodifiableMap(ids);
    }

    public ActorRef<AgentCommand> ref(String id) {
        ActorRef<AgentCommand> ref = refsById.get(id);
        if (ref == null) {
            throw new IllegalStateException("no participant with id '" + id + "' in this run");
        }
        return ref;
    }

    /** Ids playing {@code role}, in id order. */
    public List<String> idsOf(String role) {
        return idsByRole.getOrDefault(role, List.of());
    }

    /** The one participant playing {@code role}; fails when there is none or several. */
    public ActorRef<AgentCommand> single(String role) {
        List<String> ids = idsOf(role);
        if (ids.size() != 1) {
            throw new IllegalStateException("expected one '" + role + "' in this run, found " + ids);
        }
        return ref(ids.get(0));
    }

    /** Every participant except {@code selfId}, in id order: the audience of a publication. */
    public List<ActorRef<AgentCommand>> everyoneBut(String selfId) {
        List<ActorRef<AgentCommand>> refs = new ArrayList<>();
        for (Map.Entry<String, ActorRef<AgentCommand>> entry : refsById.entrySet()) {
            if (!entry.getKey().equals(selfId)) {
                refs.add(entry.getValue());
            }
        }
        return refs;
    }
}
