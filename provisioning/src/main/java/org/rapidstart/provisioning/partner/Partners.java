package org.rapidstart.provisioning.partner;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Partners extends JpaRepository<Partner, Long> {

	Optional<Partner> findByVoicePartnerId(String voicePartnerId);

}
