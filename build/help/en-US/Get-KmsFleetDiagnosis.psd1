# The English help of Get-KmsFleetDiagnosis (Get-Help reads it from en-US/KmsDoctor-help.xml, made by build/help/New-KmsDoctorHelp.ps1).
@{
    Synopsis    = 'Compares many client and host snapshots: clone groups (duplicate CMIDs), activation state,
        where the clients go, DNS suffix groups, the threshold mix and the clock spread.'
    Description = 'Runs `kmsdoctor fleet` on a folder of snapshots (Invoke-KmsFleetCollection writes one) or
        on snapshot files. What no single machine shows: machines cloned without sysprep that
        share one CMID (the count "does not grow past 1"), clients pinned or cached on a retired
        host, a DNS suffix group without a _vlmcs._tcp record (-Probe), the count split over
        several hosts, Windows and Office products running out of grace.
        Output, in this order:
          KmsDoctor.Finding      one per finding, most severe first (RuleId fleet/...);
          KmsDoctor.FleetReport  last: the counts, clone groups, hosts, domains and clocks.
        With -OutFile, the report is written in -Format (html: a dashboard with SVG charts; csv:
        one row per client; markdown; junit; json) and the file is returned as a FileInfo.'
    Parameters  = @{
        Path = 'Folders of snapshots (every *.json below them) or snapshot files, client and host alike.'
        KmsLogPath = 'KMS host 12290 exports (wevtutil XML, Get-WinEvent JSON or CSV).'
        Probe = 'Ask DNS about each suffix group''s domain and test each host the clients go to, each once.'
        DnsServer = 'DNS servers to ask with -Probe, IP or IP:PORT. Default: this machine''s resolvers.'
        TimeoutMs = 'Budget of each probe in milliseconds (default 3000).'
        OutFile = 'Write the report to this file (replaced atomically) and return it as a FileInfo.'
        Format = 'Format of -OutFile: html (default), csv, markdown, junit or json.'
        Language = 'The language of the messages, errors and warnings, and of the findings'' titles,
            messages and remedies that kmsdoctor writes: en (English) or ja (Japanese). Default: the KMSDOCTOR_LANG
            environment variable when it is en or ja, else ja when $PSUICulture is ja-JP, else en.'
    }
    Examples    = @(
        @{
            Code    = 'Get-KmsFleetDiagnosis -Path .\snapshots'
            Remarks = @(
                'Severity RuleId                     Message
                -------- ------                     -------
                error    fleet/duplicate-cmid       8 machines share the CMID 5e1f... : a KMS host counts them once ...
                ...
                The findings, then the fleet report.'
            )
        }
        @{
            Code    = 'Get-KmsFleetDiagnosis -Path .\snapshots -Probe -OutFile .\fleet.html'
            Remarks = @(
                'A dashboard page, with every host and domain probed once.'
            )
        }
        @{
            Code    = '(Get-KmsFleetDiagnosis -Path .\snapshots | Select-Object -Last 1).CloneGroups'
            Remarks = @(
                'The clone groups with their machine names.'
            )
        }
    )
    Links       = @('Invoke-KmsFleetCollection', 'about_KmsDoctor')
}
