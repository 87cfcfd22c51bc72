# The English help of Test-KmsPort (Get-Help reads it from en-US/KmsDoctor-help.xml, made by build/help/New-KmsDoctorHelp.ps1).
@{
    Synopsis    = 'Tests TCP ports of KMS hosts: open, closed (RST), filtered (no answer) or unreachable.'
    Description = 'Runs `kmsdoctor port`. Each host name is resolved (through -DnsServer when given) and every
        address is tested; one KmsDoctor.PortResult per address and port, with
        Test-NetConnection''s names (ComputerName, RemoteAddress, RemotePort, TcpTestSucceeded) plus
        the classified Status and LatencyMs. TcpTestSucceeded is $null when nothing was tested (a
        name that did not resolve: Status then holds the DNS status, e.g. dns-nxdomain).

        Port 1688 (or the SRV record''s port) is the activation path. Port 135 is tested only with
        -IncludeManagementPort and is reported with Role ''management'': remote slmgr, VAMT and WMI
        need it, activation does not.

        SRV records bind from the pipeline by property name: NameTarget and Port of Get-KmsSrvRecord
        and of `Resolve-DnsName -Type SRV` objects (its A/AAAA records of the Additional section
        are skipped). Hosts are collected and tested together (the CLI runs the probes
        concurrently), one CLI run per distinct port list. A name that is not a valid host name is
        a non-terminating KmsDoctor.InvalidName error naming it; the other hosts are still tested.'
    Parameters  = @{
        ComputerName = 'Host names or IP addresses. Aliases NameTarget, Target, CN.'
        Port = 'Activation ports to test (default 1688). Binds the Port of SRV records.'
        IncludeManagementPort = 'Also test TCP 135, the management path.'
        DnsServer = 'DNS servers that resolve the names, IP or IP:PORT. Default: this machine''s resolvers.'
        TimeoutMs = 'Budget of each probe in milliseconds (default 3000); a port that stays silent that long is
            filtered.'
        Language = 'The language of the messages, errors and warnings, and of the findings'' titles,
            messages and remedies that kmsdoctor writes: en (English) or ja (Japanese). Default: the KMSDOCTOR_LANG
            environment variable when it is en or ja, else ja when $PSUICulture is ja-JP, else en.'
    }
    Examples    = @(
        @{
            Code    = 'Test-KmsPort kms01.contoso.com -IncludeManagementPort'
            Remarks = @(
                'ComputerName                   RemoteAddress   RemotePort Role       Status       TcpTestSucceeded LatencyMs
                ------------                   -------------   ---------- ----       ------       ---------------- ---------
                kms01.contoso.com              10.20.0.15            1688 activation open         True                   1.9
                kms01.contoso.com              10.20.0.15             135 management filtered     False               3000.4'
            )
        }
        @{
            Code    = 'Get-KmsSrvRecord lab.kms-doctor.test -DnsServer 127.0.0.1:53535 | Test-KmsPort -DnsServer 127.0.0.1:53535'
            Remarks = @(
                'ComputerName                   RemoteAddress   RemotePort Role       Status       TcpTestSucceeded LatencyMs
                ------------                   -------------   ---------- ----       ------       ---------------- ---------
                kms01.lab.kms-doctor.test      127.77.0.1           33113 activation open         True                   3.1
                kms02.lab.kms-doctor.test      127.77.0.2            1688 activation closed       False                  2.2
                kms-old.lab.kms-doctor.test                          1688 activation dns-nxdomain
                web01.lab.kms-doctor.test      127.77.0.3           41657 activation open         True                   2.9'
                'Every host the SRV records name, on the port each record announces.'
            )
        }
        @{
            Code    = 'Resolve-DnsName -Type SRV _vlmcs._tcp.contoso.com | Where-Object NameTarget | Test-KmsPort | Where-Object TcpTestSucceeded -eq $false'
            Remarks = @(
                'The records Windows'' own resolver returns, and only the ports that fail.'
            )
        }
    )
    Links       = @('about_KmsDoctor')
}
