package org.tradedesk.clients;

import java.util.List;
import org.springframework.data.repository.Repository;

interface ClientAssignmentRepository extends Repository<ClientAssignment, Long> {

    ClientAssignment save(ClientAssignment assignment);

    boolean existsByClientIdAndUsername(long clientId, String username);

    List<ClientAssignment> findByClientIdOrderByUsernameAsc(long clientId);

    List<ClientAssignment> findByUsername(String username);

    long deleteByClientIdAndUsername(long clientId, String username);
}
