package org.rapidstart.provisioning.voice;

import org.springframework.data.jpa.repository.JpaRepository;

interface VoicePartners extends JpaRepository<VoicePartner, String> {

}
